import { ApiProperty } from '@nestjs/swagger';
import { BOROUGHS, hundredthsToFte, type Borough } from '../../shared/values.js';
import { FUNDERS, POST_KINDS, type Funder, type PostKind } from '../domain/post.events.js';
import type { PostPage } from '../application/list-posts.handler.js';
import type { PostView } from '../read-model/post-view.js';

export class CreatedPostResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
}

export class HolderResponse {
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ format: 'date' }) from: string;
}

export class TenureResponse extends HolderResponse {
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'First day without this holder' })
  to: string | null;
}

export class IntegratedWorkResponse {
  @ApiProperty({ format: 'uuid', description: 'The clinician post integrated here' }) fromPostId: string;
  @ApiProperty({ example: 1 }) wte: number;
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty({ format: 'uuid', description: 'Who held this post when the work moved in' }) heldBy: string;
}

export class PostResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: POST_KINDS }) kind: PostKind;
  @ApiProperty({ enum: BOROUGHS }) borough: Borough;
  @ApiProperty({ example: 1 }) wte: number;
  @ApiProperty({ enum: FUNDERS }) fundedBy: Funder;
  @ApiProperty({ example: 6_000_000 }) annualCostPence: number;
  @ApiProperty({ format: 'date' }) establishedOn: string;
  @ApiProperty({ enum: ['established', 'disestablished', 'integrated'] }) status: PostView['status'];
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'First day without the post' })
  endedOn: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) integratedInto: string | null;
  @ApiProperty({ type: HolderResponse, nullable: true }) holder: HolderResponse | null;
  @ApiProperty({ description: 'Clinician WTE carried inside this social work post' }) integratedWte: number;
  @ApiProperty({ type: TenureResponse, isArray: true, description: 'Every holder, oldest first' })
  holders: TenureResponse[];
  @ApiProperty({ type: IntegratedWorkResponse, isArray: true }) integratedWork: IntegratedWorkResponse[];
  @ApiProperty({ description: 'Stream version (0-based) of the last event shown' }) version: number;
}

export class PostPageResponse {
  @ApiProperty({ type: PostResponse, isArray: true }) items: PostResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'Posts matching the filters, on all pages' }) total: number;
}

export const toPostResponse = (view: PostView): PostResponse => ({
  id: view.postId,
  title: view.title,
  kind: view.kind,
  borough: view.borough,
  wte: hundredthsToFte(view.wteHundredths),
  fundedBy: view.fundedBy,
  annualCostPence: view.annualCostPence,
  establishedOn: view.establishedOn,
  status: view.status,
  endedOn: view.endedOn,
  integratedInto: view.integratedInto,
  holder: view.holder,
  integratedWte: hundredthsToFte(view.integratedWteHundredths),
  holders: view.holders,
  integratedWork: view.integratedWork.map(({ wteHundredths, ...work }) => ({
    ...work,
    wte: hundredthsToFte(wteHundredths),
  })),
  version: view.version,
});

export const toPostPageResponse = (page: PostPage): PostPageResponse => ({
  ...page,
  items: page.items.map(toPostResponse),
});
