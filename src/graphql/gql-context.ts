import type { Actor } from '../access/actor';
import type { Loaders } from './dataloader.factory';

/** What every resolver finds in its GraphQL context. */
export interface GqlContext {
  actor: Actor;
  loaders: Loaders;
  requestId: string;
}
