/** The fake GitHub's Git Data API (refs, commits, blobs, trees) over its bare repository. */
import type { BareRepo } from './bare-repo.js';
import type { Fixtures } from './fixtures.js';
import type { MatchedRequest } from './openapi.js';
import { err, HttpAnswer } from './answer.js';

type Json = Record<string, unknown>;

/** What of the fake server the Git Data API reads and writes. */
export interface GitDataHost {
  bare: BareRepo;
  fx: Fixtures;
  url: string;
  owner: string;
  repo: string;
  violations: string[];
}

/** The Git Data API over the bare repository: what sign-commits uses. */
export function gitData(g: GitDataHost, m: MatchedRequest, b: Json): HttpAnswer {
  switch (m.op.id) {
    case 'git/get-ref': {
      const ref = m.params.ref!;
      const sha = ref.startsWith('heads/') ? g.bare.branchSha(ref.slice(6)) : undefined;
      return sha ? new HttpAnswer(200, g.fx.gitRef(`refs/${ref}`, sha)) : err(404, 'Not Found');
    }
    case 'git/get-commit': {
      const sha = m.params.commit_sha!;
      if (!g.bare.exists(sha, 'commit')) return err(404, 'Not Found');
      const c = g.bare.commitInfo(sha);
      return new HttpAnswer(200, g.fx.gitCommit({ sha, ...c, verified: false }));
    }
    case 'git/create-blob': {
      const content = Buffer.from(String(b.content), b.encoding === 'base64' ? 'base64' : 'utf8');
      const sha = g.bare.writeBlob(content);
      return new HttpAnswer(
        201,
        { sha, url: `${g.url}/repos/${g.owner}/${g.repo}/git/blobs/${sha}` },
        { location: `${g.url}/blobs/${sha}` },
      );
    }
    case 'git/create-tree': {
      const entries = (b.tree as { path: string; mode: string; sha: string }[]) ?? [];
      const base = typeof b.base_tree === 'string' ? b.base_tree : undefined;
      if (base && !g.bare.exists(base, 'tree'))
        return err(422, 'Validation Failed', [{ resource: 'Tree', field: 'base_tree', code: 'invalid' }]);
      const sha = g.bare.writeTree(base, entries);
      return new HttpAnswer(201, g.fx.gitTree(sha), { location: `${g.url}/trees/${sha}` });
    }
    case 'git/create-commit': {
      const tree = String(b.tree);
      const parents = (b.parents as string[]) ?? [];
      const sha = g.bare.writeCommit(tree, parents, String(b.message));
      // Verified only when GitHub is the author too, as for API commits without author overrides.
      const verified = b.author === undefined && b.committer === undefined;
      return new HttpAnswer(201, g.fx.gitCommit({ sha, tree, parents, message: String(b.message), verified }), {
        location: `${g.url}/commits/${sha}`,
      });
    }
    case 'git/create-ref': {
      const ref = String(b.ref);
      const branch = ref.replace(/^refs\/heads\//, '');
      if (g.bare.branchSha(branch)) return err(422, 'Reference already exists');
      g.bare.updateRef(ref, String(b.sha));
      return new HttpAnswer(201, g.fx.gitRef(ref, String(b.sha)), { location: `${g.url}/${ref}` });
    }
    case 'git/update-ref': {
      const ref = m.params.ref!;
      const current = ref.startsWith('heads/') ? g.bare.branchSha(ref.slice(6)) : undefined;
      if (!current) return err(422, 'Reference does not exist');
      if (b.force !== true && !g.bare.isAncestor(current, String(b.sha))) return err(422, 'Update is not a fast forward');
      g.bare.updateRef(`refs/${ref}`, String(b.sha));
      return new HttpAnswer(200, g.fx.gitRef(`refs/${ref}`, String(b.sha)));
    }
    default:
      g.violations.push(`${m.op.id}: valid per the spec, but this fake does not implement it`);
      return err(501, 'not implemented by the fake');
  }
}
