import { Module } from '@nestjs/common';
import { OutcomeMeasuresResolver } from './outcome-measures.resolver';
import { OutcomeMeasuresService } from './outcome-measures.service';

@Module({ providers: [OutcomeMeasuresService, OutcomeMeasuresResolver] })
export class OutcomeMeasuresModule {}
