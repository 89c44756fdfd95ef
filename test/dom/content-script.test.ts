import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import contentScript from '../../entrypoints/sourcelight.content';
import { describeSpan } from '../../lib/anchoring/describe';
import type { ExtractResult, PaintResponse, StatusResponse } from '../../lib/messages';
import { ALL_ON } from '../../lib/messages';
import { installFakeHighlights, removeFakeHighlights } from './fake-highlights';
import { loadFixture } from './load-fixture';

const run = () => (contentScript.main as () => ExtractResult)();
const self = () => ({ id: fakeBrowser.runtime.id });
const send = async (message: unknown, sender: object = self()) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender as never)).find((r) => r !== undefined);

describe('sourcelight content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('sourcelight.content.listener')];
    loadFixture('harbour.html');
  });
  afterEach(() => removeFakeHighlights());

  it('returns the extracted article as a plain object', () => {
    const result = run();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Harbour dredging plan stalls as costs climb');
    expect(result.article.url).toBe(location.href);
    expect(result.extractMs).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('says there is no article, without throwing, on a page with none', () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav>';
    expect(run()).toMatchObject({ ok: false, error: 'no-article' });
  });

  it('listens once however often it is injected, and paints, toggles, locates and reports', async () => {
    const registry = installFakeHighlights();
    const result = run();
    run();
    run();
    if (!result.ok) throw new Error(result.message);
    const text = result.article.text;
    const start = text.indexOf('Two port officials');
    const target = { id: 'a1:source', category: 'anonymous', anchor: describeSpan(text, { start, end: start + 18 }) };

    const painted = (await send({ type: 'paint', targets: [target], toggles: ALL_ON })) as PaintResponse;
    expect(painted).toEqual({ painted: { anonymous: 1 }, missing: [] });
    // Three injections, one listener: a second would have painted again and answered twice.
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'status' }, self() as never);
    expect(answers.filter((a) => a !== undefined)).toHaveLength(1);

    expect(await send({ type: 'set-toggles', toggles: { ...ALL_ON, anonymous: false } })).toEqual({ ok: true });
    expect(registry.has('sourcelight-anonymous')).toBe(false);
    expect(await send({ type: 'locate', id: 'a1:source' })).toEqual({ ok: true });
    expect(await send({ type: 'locate', id: 'zz' })).toEqual({ ok: false });
    expect((await send({ type: 'status' })) as StatusResponse).toEqual({ alive: true, painted: true, missing: [], changed: false });
  });

  it('answers a page made of frames with no article and paints nothing, without throwing', async () => {
    installFakeHighlights();
    document.body.innerHTML = '<iframe src="about:blank"></iframe><iframe srcdoc="<p>inside</p>"></iframe>';
    expect(run()).toMatchObject({ ok: false, error: 'no-article' });
    const anchor = { exact: 'inside', prefix: '', suffix: '', start: 0, end: 6 };
    expect(await send({ type: 'paint', targets: [{ id: 'a1:content', category: 'quote', anchor }], toggles: ALL_ON })).toEqual({
      painted: {},
      missing: ['a1:content'],
    });
  });

  it('installs a new listener when the one before it was orphaned', async () => {
    installFakeHighlights();
    (globalThis as Record<symbol, unknown>)[Symbol.for('sourcelight.content.listener')] = () => false;
    run();
    expect(await send({ type: 'status' })).toMatchObject({ alive: true, painted: false });
  });

  it('ignores malformed messages and messages from other extensions', async () => {
    const registry = installFakeHighlights();
    run();
    expect(await send({ type: 'paint', targets: 'all', toggles: ALL_ON })).toBeUndefined();
    expect(await send({ type: 'explode' })).toBeUndefined();
    expect(await send({ type: 'status' }, { id: 'someone-else' })).toBeUndefined();
    expect(await send({ type: 'paint', targets: [], toggles: ALL_ON }, { id: 'someone-else' })).toBeUndefined();
    expect(registry.size).toBe(0);
  });
});
