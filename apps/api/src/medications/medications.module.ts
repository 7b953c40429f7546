import { Module } from '@nestjs/common';
import { MedicationsResolver } from './medications.resolver';
import { MedicationsService } from './medications.service';

@Module({ providers: [MedicationsService, MedicationsResolver] })
export class MedicationsModule {}
