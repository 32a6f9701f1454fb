import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projections/projection-registry.js';
import { PostsController } from './api/posts.controller.js';
import { AppointToPostHandler } from './application/appoint-to-post.handler.js';
import { DisestablishPostHandler } from './application/disestablish-post.handler.js';
import { EstablishPostHandler } from './application/establish-post.handler.js';
import { GetPostHandler } from './application/get-post.handler.js';
import { IntegratePostHandler } from './application/integrate-post.handler.js';
import { ListPostsHandler } from './application/list-posts.handler.js';
import { VacatePostHandler } from './application/vacate-post.handler.js';
import { PostsProjection } from './read-model/posts.projection.js';

/** Establishment posts, their holders, and clinician posts integrated into social work posts. */
@Module({
  controllers: [PostsController],
  providers: [
    EstablishPostHandler,
    AppointToPostHandler,
    VacatePostHandler,
    DisestablishPostHandler,
    IntegratePostHandler,
    GetPostHandler,
    ListPostsHandler,
  ],
})
export class PostsModule {
  // Registered in the constructor, before the runner starts on application bootstrap.
  constructor(registry: ProjectionRegistry) {
    registry.register(new PostsProjection());
  }
}
