import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTRIBUTIONS } from './__fixtures__/report';
import { AttributionItem } from './AttributionItem';

afterEach(cleanup);

describe('AttributionItem', () => {
  it('shows who the source resolves to and whom it spoke through', () => {
    const a = { ...ATTRIBUTIONS[0], source: 'they', resolved: 'two council officials', via: 'Riverton Radio' };
    render(<AttributionItem attribution={a} onLocate={() => {}} />);
    const item = screen.getByTestId('item-a1');
    expect(item.textContent).toContain('→ two council officials');
    expect(item.textContent).toContain('via Riverton Radio');
  });

  it('shows what the article says of a named source beside the name', () => {
    const a = { ...ATTRIBUTIONS[0], source: 'Nadia Orr', description: 'the harbour engineer' };
    render(<AttributionItem attribution={a} onLocate={() => {}} />);
    expect(screen.getByTestId('item-a1').querySelector('.item-head')?.textContent).toContain('Nadia Orr, the harbour engineer');
  });

  it('says when no source is given and offers no source button then', () => {
    const onLocate = vi.fn();
    const a = { ...ATTRIBUTIONS[2], source: null, sourceSpan: null, cue: null, cueSpan: null };
    render(<AttributionItem attribution={a} onLocate={onLocate} />);
    const item = screen.getByTestId('item-a3');
    expect(item.textContent).toContain('No source given');
    expect(item.textContent).not.toContain('Cue:');
    expect(within(item).getAllByRole('button')).toHaveLength(1);
    fireEvent.click(within(item).getByRole('button'));
    expect(onLocate).toHaveBeenCalledWith('a3:content');
  });

  it('cuts long content and expands it in place without locating', () => {
    const onLocate = vi.fn();
    const long = 'The council will review the timetable again in spring. '.repeat(8).trim();
    render(<AttributionItem attribution={{ ...ATTRIBUTIONS[0], content: long }} onLocate={onLocate} />);
    const content = screen.getByTitle('Show this in the page');
    expect(content.textContent!.length).toBeLessThan(200);
    expect(content.textContent).toMatch(/…$/);
    const more = screen.getByRole('button', { name: 'Show all' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(content.textContent).toBe(long);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
    expect(onLocate).not.toHaveBeenCalled();
  });
});
