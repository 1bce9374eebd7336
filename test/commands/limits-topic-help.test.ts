import { describe, expect, it } from 'vitest';
import { ask } from '../helpers.js';
import { replyViews } from '../../src/brief.js';
import { commands } from '../../src/commands/registry.js';
import { replyToText } from '../../src/render-text.js';

describe('limits', () => {
  it('lists the hard numbers for Lambda, each with its source and as-of date', () => {
    const reply = ask('limits lambda');
    expect(reply.kind).toBe('limits');
    expect(reply.text).toContain('Maximum timeout per invocation: 900 seconds (15 minutes)');
    expect(reply.text).toContain('Maximum memory: 10,240 MB');
    expect(reply.text).toContain('Memory for one full vCPU: 1,769 MB');
    expect(reply.text).toContain('Ephemeral storage (/tmp): 512 MB default, up to 10,240 MB');
    expect(reply.text).toContain('Concurrent executions per Region: 1,000 by default (can be raised)');
    const facts = reply.blocks.find((b) => b.type === 'facts');
    expect(facts?.type === 'facts' && facts.facts.every((f) => f.source?.asOf)).toBe(true);
  });

  it('narrows to the limits that mention a word', () => {
    const reply = ask('limits lambda payload');
    expect(reply.title).toBe('AWS Lambda limits — payload');
    expect(reply.text).toContain('Synchronous payload: 6 MB each for request and response');
    expect(reply.text).not.toContain('Maximum timeout');
  });

  it('says which services have limits when asked without one, or for one without a table', () => {
    expect(ask('limits').summary).toBe('Which service?');
    expect(ask('limits ecs')).toMatchObject({ kind: 'error', summary: 'I have no limits table for Amazon ECS.' });
  });

  it('suggests the service for a typo', () => {
    expect(ask('limits lamda').kind).toBe('limits');
    expect(ask('limits fargte')).toMatchObject({ kind: 'error', data: { suggestions: ['limits fargate'] } });
  });
});

describe('topic and about', () => {
  it('shows one entry in full by id', () => {
    const reply = ask('topic lambda-timeout');
    expect(reply).toMatchObject({ kind: 'topic', title: "Lambda's 15-minute timeout" });
    expect(reply.text).toContain('Options when work runs long');
  });

  it('finds a service entry with about', () => {
    expect(ask('about fargate')).toMatchObject({ kind: 'topic', data: { entryId: 'fargate' } });
  });

  it('suggests close topics for a typo', () => {
    const reply = ask('topic cold-strats');
    expect(reply.kind).toBe('error');
    expect(reply.data?.suggestions).toContain('topic cold-starts');
  });
});

describe('help', () => {
  it('lists every command with an example', () => {
    const reply = ask('help');
    expect(reply.kind).toBe('help');
    for (const usage of ['compare', 'limits', 'topic', 'ask', 'help']) expect(reply.text).toContain(`/compute ${usage}`);
  });

  it('explains one command', () => {
    expect(ask('help limits')).toMatchObject({ kind: 'help', title: '/compute limits <service> [word]' });
  });

  it('lists topics', () => {
    expect(ask('help topics').text).toContain('lambda-timeout');
  });

  it('answers an empty message with help', () => {
    expect(ask('').kind).toBe('help');
    expect(ask('/compute').kind).toBe('help');
  });

  it('says "did you mean" for a mistyped command', () => {
    expect(ask('comapre ec2 lambda')).toMatchObject({ kind: 'error', data: { suggestions: ['compare ec2 lambda'] } });
    expect(ask('limts lambda')).toMatchObject({ kind: 'error', data: { suggestions: ['limits lambda'] } });
    expect(ask('help limts')).toMatchObject({ kind: 'error', data: { suggestions: ['help limits'] } });
  });
});

describe('the help brief', () => {
  it('names every command in one line, not only the first two usage fields', () => {
    const { brief } = replyViews(ask('help'));
    const text = replyToText(brief);
    const names = /Commands: (.*?)\. /.exec(text)?.[1]?.split(' · ') ?? [];
    expect(names).toEqual(commands().map((c) => c.name));
    expect(text).toContain('help <command> shows one with its settings and examples.');
  });
});
