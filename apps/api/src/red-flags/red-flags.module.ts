import { Module } from '@nestjs/common';
import { RedFlagsResolver } from './red-flags.resolver';
import { RedFlagsService } from './red-flags.service';

@Module({ providers: [RedFlagsService, RedFlagsResolver] })
export class RedFlagsModule {}
