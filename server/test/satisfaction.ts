import type { DataSource } from 'typeorm';
import { SatisfactionSurvey } from '../src/modules/satisfaction/satisfaction-survey.entity';
import { emailsTo } from './emails';
import type { Caller } from './graphql';
import { ok } from './graphql';
import type { TestApp, TestResponse } from './http';

/** An agent solves a ticket through the API (optionally assigning it in the same update). */
export async function solveAsAgent(agent: Caller, number: number, assigneeId?: string): Promise<void> {
  const input = assigneeId ? `{ status: SOLVED, assigneeId: "${assigneeId}" }` : '{ status: SOLVED }';
  ok(await agent.gql(`mutation { updateTicket(number: ${number}, input: ${input}) { status } }`));
}

/** The Good and Bad links of the newest solved email to an address, as path and query on the portal. */
export async function ratingLinks(db: DataSource, to: string): Promise<{ good: string; bad: string; text: string }> {
  const [mail] = (await emailsTo(db, to)).filter((m) => m.tag === 'ticket-solved');
  if (!mail) throw new Error(`no solved email to ${to}`);
  const found = [...mail.textBody.matchAll(/https?:\/\/[^\s/]+(\/satisfaction\/[^\s?]+\?rating=(good|bad))/g)];
  const good = found.find((m) => m[2] === 'good')?.[1];
  const bad = found.find((m) => m[2] === 'bad')?.[1];
  if (!good || !bad) throw new Error(`no rating links in: ${mail.textBody}`);
  return { good, bad, text: mail.textBody };
}

/** Posts the rating page's form like a browser on that host (same origin unless `origin` says otherwise). */
export function postRating(
  app: TestApp,
  host: string,
  link: string,
  fields: Record<string, string>,
  origin: string | null = `http://${host}:${app.port}`,
): Promise<TestResponse> {
  return app.request(link.split('?')[0], {
    method: 'POST',
    host,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A ticket's surveys, oldest solve first. */
export function surveysOf(db: DataSource, ticketId: string): Promise<SatisfactionSurvey[]> {
  return db.getRepository(SatisfactionSurvey).find({ where: { ticketId }, order: { solvedAt: 'ASC', createdAt: 'ASC' } });
}

/** Moves a ticket's solve (and its latest survey) `days` into the past. */
export async function solvedDaysAgo(db: DataSource, ticketId: string, days: number): Promise<void> {
  await db.query(`UPDATE tickets SET solved_at = solved_at - make_interval(days => $2) WHERE id = $1`, [ticketId, days]);
  await db.query(`UPDATE satisfaction_surveys SET solved_at = solved_at - make_interval(days => $2) WHERE ticket_id = $1`, [
    ticketId,
    days,
  ]);
}
