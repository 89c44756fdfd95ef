import { CONTRADICTION_KIND_LABELS, confidenceWords } from '../lib/popup/format';
import type { Contradiction, Statement } from '../lib/report/types';
import { ExpandableText } from './ExpandableText';

interface Props {
  contradiction: Contradiction;
  onLocate(id: string): void;
  /** Side ids ("c1:a") the page no longer has. */
  missing?: ReadonlySet<string>;
}

interface SideProps {
  id: string;
  label: string;
  statement: Statement;
  gone: boolean;
  onLocate(id: string): void;
}

function Side({ id, label, statement, gone, onLocate }: SideProps) {
  return (
    <div class="side" data-testid={`side-${id.replace(':', '-')}`}>
      <span class="side-label">
        {label}
        {gone && <span class="gone">not found in the page</span>}
      </span>
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
export function ContradictionItem({ contradiction: c, onLocate, missing = new Set() }: Props) {
  return (
    <li class="item contradiction" data-testid={`item-${c.id}`}>
      <div class="item-head">
        <span class="badge badge-contradiction">{CONTRADICTION_KIND_LABELS[c.kind]}</span>
        <span class="sure">{confidenceWords(c.confidence)}</span>
      </div>
      <div class={c.bStatement ? 'sides' : 'sides single'}>
        <Side id={`${c.id}:a`} label="Statement" statement={c.aStatement} gone={missing.has(`${c.id}:a`)} onLocate={onLocate} />
        {c.bStatement ? (
          <Side
            id={`${c.id}:b`}
            label="Conflicts with"
            statement={c.bStatement}
            gone={missing.has(`${c.id}:b`)}
            onLocate={onLocate}
          />
        ) : (
          <p class="side none">The article does not quote the other statement.</p>
        )}
      </div>
      <p class="why">Why: {c.reason}</p>
    </li>
  );
}
