import { Module } from '@nestjs/common';
import { EpisodesResolver } from './episodes.resolver';
import { EpisodesService } from './episodes.service';

@Module({ providers: [EpisodesService, EpisodesResolver] })
export class EpisodesModule {}
