/**
 * Sources a reader can open (issue 16): a source whose `ref` is not a web address is a note bundled with
 * the knowledge base, which no reader can open. Each one learns here, once, where its knowledge can be read
 * instead (`see`): the entry it backs (`topic <id>`), or for a quota the service's limits (`limits <service>`,
 * which lists that quota), or for a price the priced service's entry. Renderers show that, never the note.
 */
import { isPublicRef } from '../source-view.js';
import type { Knowledge, RegionPrices, SeeAlso, Source } from './schema.js';

/** The source with `see` added when it is a bundled note; a public source is returned as it is. */
function cite<T extends Source>(source: T, see: SeeAlso | undefined): T {
  return isPublicRef(source.ref) || !see ? source : { ...source, see };
}

/** The knowledge base with every bundled note's `see` filled in. Pure: returns new objects. */
export function withCitations(knowledge: Knowledge): Knowledge {
  const titles = new Map(knowledge.entries.map((e) => [e.id, e.title]));
  const services = new Map(knowledge.services.map((s) => [s.id, s]));
  const topic = (id: string): SeeAlso => ({ title: titles.get(id) ?? id, command: `topic ${id}` });
  /** A price rests on what the priced service's entry says. */
  const serviceEntry = (id: string): SeeAlso | undefined => {
    const service = services.get(id);
    return service ? topic(service.entry) : undefined;
  };
  const limits = (id: string): SeeAlso => ({ title: `${services.get(id)?.short ?? id} limits`, command: `limits ${id}` });
  const prices = (r: RegionPrices): RegionPrices => ({
    ...r,
    lambda: {
      ...r.lambda,
      source: cite(r.lambda.source, serviceEntry('lambda')),
      ...(r.lambda.durable ? { durable: { ...r.lambda.durable, source: cite(r.lambda.durable.source, serviceEntry('lambda')) } } : {}),
      ...(r.lambda.snapStart ? { snapStart: { ...r.lambda.snapStart, source: cite(r.lambda.snapStart.source, serviceEntry('lambda')) } } : {}),
      ...(r.lambda.microVms ? { microVms: { ...r.lambda.microVms, source: cite(r.lambda.microVms.source, serviceEntry('lambda')) } } : {}),
      ...(r.lambda.managedInstances
        ? { managedInstances: { ...r.lambda.managedInstances, source: cite(r.lambda.managedInstances.source, serviceEntry('lambda')) } }
        : {}),
    },
    fargate: { ...r.fargate, source: cite(r.fargate.source, serviceEntry('fargate')) },
    ec2: {
      ...r.ec2,
      commitmentSource: cite(r.ec2.commitmentSource, serviceEntry('ec2')),
      instances: r.ec2.instances.map((i) => ({ ...i, source: cite(i.source, serviceEntry('ec2')) })),
    },
    ...(r.eks ? { eks: { ...r.eks, source: cite(r.eks.source, serviceEntry('eks')) } } : {}),
  });
  return {
    ...knowledge,
    entries: knowledge.entries.map((e) => ({ ...e, sources: e.sources.map((s) => cite(s, topic(e.id))) })),
    services: knowledge.services.map((s) => ({ ...s, source: cite(s.source, topic(s.entry)) })),
    quotas: knowledge.quotas.map((q) => ({ ...q, source: cite(q.source, limits(q.service)) })),
    prices: knowledge.prices.map(prices),
  };
}
