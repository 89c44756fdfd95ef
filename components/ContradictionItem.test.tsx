import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTRADICTIONS } from './__fixtures__/report';
import { ContradictionItem } from './ContradictionItem';

afterEach(cleanup);

describe('ContradictionItem', () => {
  it('puts both statements side by side with their sources, kind, reason and certainty', () => {
    render(<ContradictionItem contradiction={CONTRADICTIONS[0]} onLocate={() => {}} />);
    const item = screen.getByTestId('item-c1');
    expect(item.textContent).toContain('Two sources disagree');
    expect(item.textContent).toContain('very likely');
    expect(screen.getByTestId('side-c1-a').textContent).toContain('— two council officials');
    expect(screen.getByTestId('side-c1-b').textContent).toContain('the service would run as before');
    expect(screen.getByTestId('side-c1-b').textContent).toContain('— The Harbour Board');
    expect(item.textContent).toContain('Why: same topic');
  });

  it('shows an explicit contradiction whose other statement is not quoted as one side', () => {
    const onLocate = vi.fn();
    const c = { ...CONTRADICTIONS[1], confidence: 0.7, aStatement: { ...CONTRADICTIONS[1].aStatement, source: null } };
    render(<ContradictionItem contradiction={c} onLocate={onLocate} />);
    expect(screen.getByTestId('item-c2').textContent).toContain('The article says these conflict');
    expect(screen.getByTestId('item-c2').textContent).toContain('likely');
    expect(screen.getByTestId('side-c2-a').textContent).toContain('Source not given');
    expect(screen.queryByTestId('side-c2-b')).toBeNull();
    fireEvent.click(screen.getByRole('button'));
    expect(onLocate).toHaveBeenCalledWith('c2:a');
  });
});
