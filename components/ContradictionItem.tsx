import { CONTRADICTION_KIND_LABELS, confidenceWords } from '../lib/popup/format';
import type { Contradiction, Statement } from '../lib/report/types';
import { ExpandableText } from './ExpandableText';

interface Props {
  contradiction: Contradiction;
  onLocate(id: string): void;
}

function Side({ id, label, statement, onLocate }: { id: string; label: string; statement: Statement; onLocate(id: string): void }) {
  return (
    <div class="side" data-testid={`side-${id.replace(':', '-')}`}>
      <span class="side-label">{label}</span>
      <ExpandableText
        text={statement.text}
        max={140}
        onActivate={(e) => {
          e.stopPropagation();
          onLocate(id);
        }}
      />
      <span class="side-source">{statement.source ? `— ${statement.source}` : 'Source not given'}</span>
    </div>
  );
}

/** Two statements side by side with their sources, what kind of conflict it is, why, and how sure. */
export function ContradictionItem({ contradiction: c, onLocate }: Props) {
  return (
    <li class="item contradiction" data-testid={`item-${c.id}`}>
      <div class="item-head">
        <span class="badge badge-contradiction">{CONTRADICTION_KIND_LABELS[c.kind]}</span>
        <span class="sure">{confidenceWords(c.confidence)}</span>
      </div>
      <div class={c.bStatement ? 'sides' : 'sides single'}>
        <Side id={`${c.id}:a`} label="Statement" statement={c.aStatement} onLocate={onLocate} />
        {c.bStatement ? (
          <Side id={`${c.id}:b`} label="Conflicts with" statement={c.bStatement} onLocate={onLocate} />
        ) : (
          <p class="side none">The article does not quote the other statement.</p>
        )}
      </div>
      <p class="why">Why: {c.reason}</p>
    </li>
  );
}
