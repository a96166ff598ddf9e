import { afterAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { readInstitutions, upsertInstitutions } from './institutions';

describe('upsertInstitutions', () => {
  const executor = testExecutor();
  const scope = testScope('institutions');
  afterAll(() => scope.cleanup(executor));
  const [ta, tb] = [scope.id('t.a'), scope.id('t.b')];
  const institution = (technologies: string[]) => ({
    ...(readInstitutions()[0] as ReturnType<typeof readInstitutions>[number]),
    id: scope.id('inst'),
    technologies,
  });
  const researched = async () =>
    (
      await executor.read<{ t: string }>(
        'test',
        'MATCH (:Institution {id: $id})-[:RESEARCHES]->(t:Technology) RETURN t.id AS t ORDER BY t',
        { id: scope.id('inst') },
      )
    ).map((r) => r.t);

  it('links an institution to the technologies it researches, replacing old links, skipping unloaded ones', async () => {
    await executor.write('test', 'CREATE (:Technology {id: $ta}), (:Technology {id: $tb})', { ta, tb });
    expect(await upsertInstitutions(executor, [institution([ta, tb])])).toEqual({ institutions: 1, links: 2 });
    expect(await researched()).toEqual([ta, tb]);
    await upsertInstitutions(executor, [institution([tb, scope.id('t.not-loaded')])]);
    expect(await researched()).toEqual([tb]);
    const [node] = await executor.read<{ kind: string; province: string }>(
      'test',
      'MATCH (i:Institution {id: $id}) RETURN i.kind AS kind, i.province AS province',
      { id: scope.id('inst') },
    );
    expect(node).toEqual({ kind: 'UNIVERSITY', province: '上海市' });
  });
});
