import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/pagination';
import { Patient } from './patient.entity';

@ObjectType()
export class PatientEdge {
  @Field()
  cursor!: string;

  @Field(() => Patient)
  node!: Patient;
}

@ObjectType()
export class PatientConnection {
  @Field(() => [PatientEdge])
  edges!: PatientEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
