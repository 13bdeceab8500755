import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { AddPortInput } from './dto/shipment.inputs';
import { PortsService } from './ports.service';
import { PortModel } from './shipment.model';

@Resolver(() => PortModel)
export class PortsResolver {
  constructor(private readonly service: PortsService) {}

  @Query(() => [PortModel], { description: 'Known seaports (UN/LOCODE).' })
  @Access.public()
  ports(): Promise<PortModel[]> {
    return this.service.ports();
  }

  @Mutation(() => PortModel, { description: 'Adds a port (administrator).' })
  @Access.admin()
  addPort(@CurrentActor() actor: Actor, @Args('input') input: AddPortInput): Promise<PortModel> {
    return this.service.addPort(actor, input);
  }
}
