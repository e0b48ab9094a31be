// Admins write these patterns and the server runs them on contacts' answers, so a pattern that
// backtracks exponentially would let one form stall the API. JavaScript has no linear-time regex
// engine, so we refuse the shapes that cause it instead: repeating a group that itself repeats or
// alternates ("star height" above one, as the safe-regex heuristic does) and back-references.

const REPEATED_GROUP_PROBLEM = 'may not repeat a group that itself repeats or alternates (use a character class such as [\\d-]+ instead)';

interface GroupFrame {
  repeats: boolean;
  alternates: boolean;
}

/** Why an admin's pattern cannot be used, or null when it compiles and cannot backtrack exponentially. */
export function fieldPatternProblem(source: string): string | null {
  try {
    // Compiled alone first: "a)|(b" is invalid alone but valid once wrapped, with a different meaning.
    new RegExp(source, 'u');
  } catch {
    return 'is not a valid regular expression';
  }
  return backtrackingHazard(source);
}

/** Compiles a pattern the way the browser applies an input's `pattern`: the whole value must match. */
export function compileFieldPattern(source: string): RegExp {
  return new RegExp(`^(?:${source})$`, 'u');
}

function backtrackingHazard(source: string): string | null {
  const stack: GroupFrame[] = [{ repeats: false, alternates: false }];
  // The group that ended just before the current position, so a quantifier knows what it repeats.
  let closedGroup: GroupFrame | null = null;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const top = stack[stack.length - 1];
    if (ch === '\\') {
      const next = source[i + 1];
      if (/[1-9]/.test(next) || next === 'k') return 'may not use back-references';
      // \u{…}, \p{…} and \P{…} carry braces that are not quantifiers.
      i = 'uPp'.includes(next) && source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 2;
      closedGroup = null;
      continue;
    }
    if (ch === '[') {
      i = endOfClass(source, i);
      closedGroup = null;
      continue;
    }
    if (ch === '(') {
      stack.push({ repeats: false, alternates: false });
      i = skipGroupPrefix(source, i + 1);
      closedGroup = null;
      continue;
    }
    if (ch === ')') {
      const group = stack.pop() as GroupFrame;
      const parent = stack[stack.length - 1];
      parent.repeats ||= group.repeats;
      parent.alternates ||= group.alternates;
      closedGroup = group;
      i += 1;
      continue;
    }
    if (ch === '|') {
      top.alternates = true;
      closedGroup = null;
      i += 1;
      continue;
    }
    const quantifier = readQuantifier(source, i);
    if (quantifier) {
      if (quantifier.repeats) {
        if (closedGroup && (closedGroup.repeats || closedGroup.alternates)) {
          return REPEATED_GROUP_PROBLEM;
        }
        top.repeats = true;
      }
      i = quantifier.end;
      if (source[i] === '?') i += 1; // lazy modifier
      closedGroup = null;
      continue;
    }
    closedGroup = null;
    i += 1;
  }
  return null;
}

function endOfClass(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipGroupPrefix(source: string, i: number): number {
  if (source[i] !== '?') return i;
  if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') {
    return source.indexOf('>', i) + 1; // named group
  }
  return source[i + 1] === '<' ? i + 3 : i + 2; // (?: (?= (?! or (?<= (?<!
}

function readQuantifier(source: string, i: number): { repeats: boolean; end: number } | null {
  const ch = source[i];
  if (ch === '*' || ch === '+') return { repeats: true, end: i + 1 };
  if (ch === '?') return { repeats: false, end: i + 1 };
  if (ch !== '{') return null;
  const match = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i));
  if (!match) return null;
  const [whole, min, comma, max] = match;
  // {n} and {n,n} match a fixed count and cannot backtrack into another split.
  const repeats = comma !== undefined && (max === '' || Number(max) > Number(min));
  return { repeats, end: i + whole.length };
}
