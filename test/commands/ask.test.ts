import { describe, expect, it } from 'vitest';
import { advisor, ask } from '../helpers.js';

// Questions written for these tests (not the eval sample), in the ways people actually type.
describe('ask: free-text questions', () => {
  it.each([
    ['lambda keeps timing out at 15 min what do i do', ['lambda-timeout', 'lambda-task-timed-out']],
    ['Task timed out after 900.00 seconds', ['lambda-task-timed-out', 'lambda-timeout']],
    ['how much memory can a lambda function have', ['lambda-memory-cpu']],
    ['TooManyRequestsException from lambda under load', ['lambda-throttling']],
    ['No space left on device in /tmp', ['lambda-tmp-full']],
    ['does fargate support gpus', ['fargate', 'gpu-on-aws']],
    ['how do i stop cold starts on my java lambda', ['cold-starts', 'snapstart', 'cold-start-latency-spikes', 'provisioned-concurrency']],
    ['InsufficientInstanceCapacity when launching ec2', ['ec2-insufficient-capacity']],
    // MPI is the tightly coupled work Batch's multi-node parallel jobs are for.
    ['how do i run tightly coupled mpi across several instances on aws', ['batch']],
    // Instance types are asked about by family too: the entry on g4dn vs g5, not one on models.
    ['g4dn.xlarge vs g5.xlarge for serving a model that needs 20gb of vram', ['gpu-on-aws']],
  ])('answers %j from the right entry, with its source', (question, expected) => {
    const reply = ask(question);
    expect(reply.kind).toBe('answer');
    expect(expected).toContain(reply.data?.entryId);
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.data?.matches?.[0]?.id).toBe(reply.data?.entryId);
  });

  it('recommends Batch for MPI across instances when Batch and EKS are offered, not EKS for being named', () => {
    const reply = ask('our mpi solver has to span 8 instances talking to each other. batch? eks?');
    expect(reply.data?.recommendation).toMatchObject({ service: 'batch' });
  });

  it('does not let chat filler and "vs" decide the entry: Spot savings are the Spot entry, not Fargate pricing', () => {
    expect(ask('spot vs fargate spot — how much do they actually save').data?.entryId).toBe('spot-instances');
  });

  it('answers a question that sets two services against each other with their comparison', () => {
    for (const q of [
      'lambda vs fargate for a 30 min batch job',
      'should we pick ECS versus EKS for 3 services?',
      'is ec2 vs lambda cheaper at steady traffic',
    ]) {
      expect(ask(q).kind, q).toBe('compare');
    }
    expect(ask('lambda vs fargate for a 30 min batch job').title).toBe(ask('lambda-vs-fargate').title);
    // Only when both sides are services: anything else is an ordinary question.
    expect(ask('lambda vs my patience: cold starts').kind).not.toBe('compare');
  });

  it('survives typos', () => {
    const reply = ask('lamda timout limit');
    const top = advisor().context.topics.get(reply.data?.matches?.[0]?.id ?? '');
    expect(top?.tags).toContain('lambda-timeout');
  });

  it('the ask prefix and plain text give the same answer', () => {
    expect(ask('ask how fast does lambda scale').data?.entryId).toBe(ask('how fast does lambda scale').data?.entryId);
  });

  it.each(['how do I bake bread', 'who won the world cup', "what's the weather in Paris", 'recommend a good pizza place'])(
    'declines off-topic %j honestly, with what it can do',
    (question) => {
      const reply = ask(question);
      expect(reply.kind).toBe('unknown');
      expect(reply.text).toContain('I only know about AWS compute');
    },
  );

  it('offers "did you mean" with at most three choices when unsure, never a guess as fact', () => {
    for (const vague of ['timeout', 'scaling', 'memory']) {
      const reply = ask(vague);
      expect(reply, vague).toMatchObject({ kind: 'unknown', title: 'Did you mean…' });
      const actions = reply.blocks.find((b) => b.type === 'actions');
      expect(actions?.type === 'actions' && actions.buttons.map((b) => b.command)).toEqual(
        reply.data?.matches?.slice(0, 3).map((m) => `topic ${m.id}`),
      );
    }
  });
});
