import { useQuery } from '@apollo/client/react';
import { renderMacro, type MacroContext } from '@actionconnect/shared';
import { useDebouncedValue } from '@actionconnect/ui';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import type { MacroPickerListQuery } from '../../gql/graphql';
import { priorityLabel, statusLabel } from '../tickets';
import './macros.css';

const macroPickerQuery = graphql(`
  query MacroPickerList($search: String) {
    macros(search: $search) {
      id
      name
      body
      shared
      actions {
        status
        priority
        assigneeId
        addTags
        removeTags
        customFields {
          key
        }
      }
    }
  }
`);

/** A canned reply as the picker offers it. */
export type PickedMacro = MacroPickerListQuery['macros'][number];

/** What a macro will also do when its reply is sent, in words: "set the status to Solved, add tag “done”". */
export function macroActionSummary(actions: PickedMacro['actions']): string {
  const parts: string[] = [];
  if (actions.status) parts.push(`set the status to ${statusLabel(actions.status)}`);
  if (actions.priority) parts.push(`set the priority to ${priorityLabel(actions.priority)}`);
  if (actions.assigneeId) parts.push('assign the ticket');
  if (actions.addTags.length) parts.push(`add ${actions.addTags.map((t) => `“${t}”`).join(', ')}`);
  if (actions.removeTags.length) parts.push(`remove ${actions.removeTags.map((t) => `“${t}”`).join(', ')}`);
  if (actions.customFields.length) parts.push(`set ${actions.customFields.map((f) => f.key).join(', ')}`);
  return parts.join(', ');
}

/**
 * A searchable list of the shared canned replies and the agent's own. Choosing one hands its reply,
 * filled in for this ticket by the shared renderer, to the composer.
 */
export function MacroPicker({ context, onPick }: { context: MacroContext; onPick(macro: PickedMacro, text: string): void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 150);
  const { data, loading } = useQuery(macroPickerQuery, { variables: { search: debounced || null }, skip: !open });
  const macros = data?.macros ?? [];

  return (
    <div className="macro-picker">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Canned reply
      </button>
      {open && (
        <div className="macro-picker-panel" id={id} data-testid="macro-picker">
          <label className="field">
            <span className="field-label">Find a canned reply</span>
            <input className="input" type="search" autoFocus value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          {macros.length === 0 ? (
            <p className="muted">{loading ? 'Loading…' : 'No canned reply matches.'}</p>
          ) : (
            <ul className="macro-picker-list">
              {macros.map((macro) => (
                <li key={macro.id}>
                  <button
                    type="button"
                    className="macro-picker-item"
                    onClick={() => {
                      onPick(macro, renderMacro(macro.body, context));
                      setOpen(false);
                      setSearch('');
                    }}
                  >
                    <strong>{macro.name}</strong>
                    <span className="muted">
                      {macro.shared ? 'Shared' : 'Yours'}
                      {macroActionSummary(macro.actions) ? ` · also ${macroActionSummary(macro.actions)}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
