// Writes a migration with the SQL that makes a fresh, fully migrated database match the entities.
// The output is a starting point to review by hand, never applied blindly.
// Usage: npm run migration:create -- <kebab-name>
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import 'reflect-metadata';
import { migrate, openDatabase } from '../db/database';
import { pendingSchemaChanges } from '../db/pending-schema';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9-]+$/.test(name)) {
    console.error('usage: npm run migration:create -- <kebab-case-name>');
    process.exit(2);
  }
  const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  try {
    await migrate(db);
    const { up, down } = await pendingSchemaChanges(db.dataSource);
    const stamp = Date.now();
    const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) + stamp;
    const indent = (qs: string[]) => qs.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${indent(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${indent([...down].reverse())}
  }
}
`;
    const file = path.join(__dirname, '..', '..', 'src', 'db', 'migrations', `${stamp}-${name}.ts`);
    await writeFile(file, source);
    console.log(`wrote ${path.relative(process.cwd(), file)} (${up.length} statements); add it to db/migrations/index.ts and review it`);
  } finally {
    await db.close();
  }
}

void main();
