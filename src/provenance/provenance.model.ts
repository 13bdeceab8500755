import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../common/pagination';
import { EDGE_KINDS, EdgeKind, NODE_KINDS, NodeKind } from './provenance-kinds';

export const NodeKindEnum = Object.fromEntries(NODE_KINDS.map((s) => [s, s])) as Record<NodeKind, NodeKind>;
export const EdgeKindEnum = Object.fromEntries(EDGE_KINDS.map((s) => [s, s])) as Record<EdgeKind, EdgeKind>;
export const ProvenanceDirection = { UPSTREAM: 'UPSTREAM', DOWNSTREAM: 'DOWNSTREAM', BOTH: 'BOTH' } as const;
export type ProvenanceDirection = keyof typeof ProvenanceDirection;
registerEnumType(NodeKindEnum, { name: 'ProvenanceNodeKind' });
registerEnumType(EdgeKindEnum, { name: 'ProvenanceEdgeKind' });
registerEnumType(ProvenanceDirection, { name: 'ProvenanceDirection' });

@ObjectType('ProvenanceNode')
export class ProvenanceNodeModel {
  @Field(() => ID, { description: 'Typed global id, e.g. `Batch:<uuid>`, `Unit:<number>`, `Port:NLRTM`' }) id: string;
  @Field(() => NodeKindEnum) kind: NodeKind;
  @Field() label: string;
  @Field(() => Int, { description: 'Steps from the root' }) distance: number;
}

@ObjectType('ProvenanceEdge', { description: 'Edges point downstream: from an input to what it went into.' })
export class ProvenanceEdgeModel {
  @Field(() => ID) from: string;
  @Field(() => ID) to: string;
  @Field(() => EdgeKindEnum) kind: EdgeKind;
  @Field(() => Date, { nullable: true, description: 'When the link began (CONTAINS: membership start)' }) validFrom: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the link ended (CONTAINS: membership end), null while it holds' })
  validTo: Date | null;
}

@ObjectType('ProvenanceFanOut', {
  description: 'A fan-out too large to list (e.g. a batch’s cells): counted, with a cursor to page through it.',
})
export class ProvenanceFanOutModel {
  @Field(() => ID) from: string;
  @Field(() => EdgeKindEnum) edgeKind: EdgeKind;
  @Field(() => NodeKindEnum) kind: NodeKind;
  @Field(() => Int) count: number;
  @Field(() => String, { nullable: true, description: 'Pass to provenanceFanOut(cursor:) to list the members (units only, for now)' })
  cursor: string | null;
}

@ObjectType('ProvenanceGraph')
export class ProvenanceGraphModel {
  @Field(() => ID) rootId: string;
  @Field(() => [ProvenanceNodeModel]) nodes: ProvenanceNodeModel[];
  @Field(() => [ProvenanceEdgeModel]) edges: ProvenanceEdgeModel[];
  @Field(() => [ProvenanceFanOutModel]) fanOuts: ProvenanceFanOutModel[];
  @Field({ description: 'True when fan-outs were summarised or the node budget cut the walk short' }) truncated: boolean;
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('ProvenanceFanOutPage')
export class ProvenanceFanOutPageModel {
  @Field(() => [ProvenanceNodeModel]) nodes: ProvenanceNodeModel[];
  @Field(() => [ProvenanceEdgeModel]) edges: ProvenanceEdgeModel[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
