/**
 * A stand-in for the Hugging Face Hub on loopback, serving the endpoints @huggingface/hub calls
 * to publish a dataset (basic LFS transfer, no xet): whoami-v2, repos/create, the repo info,
 * the tree listing, preupload, the LFS batch API and its PUT uploads, and commit (NDJSON).
 * Files under data/ go to LFS, others are regular git files, as the Hub's defaults put them.
 * It checks what the Hub checks (token, LFS objects present and matching their sha256 before a
 * commit may point at them), logs every request, and can fail a route on purpose.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubFile {
  readonly path: string;
  readonly content: Buffer;
  /** sha256 of the content when the file is in LFS. */
  readonly lfsOid?: string;
}

export interface StubRepo {
  readonly id: string;
  readonly type: string;
  readonly private: boolean;
  files: Map<string, StubFile>;
  commits: { oid: string; title: string; paths: string[] }[];
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Whether a bearer token came with it (never the token itself). */
  readonly authorized: boolean;
}

export type FaultRoute = 'create' | 'preupload' | 'lfs-batch' | 'lfs-put' | 'commit' | 'tree';

export interface HubStub {
  readonly url: string;
  readonly repos: Map<string, StubRepo>;
  readonly lfs: Map<string, Buffer>;
  readonly log: LoggedRequest[];
  /** Answer the next `times` requests of `route` with `status`. */
  failNext(route: FaultRoute, status?: number, times?: number): void;
  close(): Promise<void>;
}

export function gitBlobSha1(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function lfsPointer(oid: string, size: number): Buffer {
  return Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`);
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

export async function startHubStub(options: { token: string; user?: string }): Promise<HubStub> {
  const user = options.user ?? 'tester';
  const repos = new Map<string, StubRepo>();
  const lfs = new Map<string, Buffer>();
  const log: LoggedRequest[] = [];
  const faults = new Map<FaultRoute, { status: number; times: number }>();
  let url = '';
  let commitSeq = 0;

  const fault = (route: FaultRoute): number | undefined => {
    const f = faults.get(route);
    if (!f || f.times <= 0) return undefined;
    f.times--;
    return f.status;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const u = new URL(req.url ?? '/', 'http://stub');
    const path = decodeURIComponent(u.pathname);
    const auth = req.headers.authorization;
    const authorized = auth === `Bearer ${options.token}`;
    const json = (status: number, value: unknown): number => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
      return status;
    };
    const needAuth = (): boolean => {
      if (authorized) return true;
      json(401, { error: 'Invalid credentials in Authorization header' });
      return false;
    };
    let m: RegExpExecArray | null;

    if (req.method === 'GET' && path === '/api/whoami-v2') {
      if (!needAuth()) return 401;
      return json(200, { type: 'user', name: user, fullname: user, orgs: [], auth: { type: 'access_token', accessToken: { displayName: 'stub', role: 'write', createdAt: '2026-01-01T00:00:00.000Z' } } });
    }
    if (req.method === 'POST' && path === '/api/repos/create') {
      if (!needAuth()) return 401;
      const f = fault('create');
      if (f) return json(f, { error: 'injected failure' });
      const b = JSON.parse((await body(req)).toString()) as { name: string; organization?: string; type?: string; visibility?: string; private?: boolean };
      const id = `${b.organization ?? user}/${b.name}`;
      const type = b.type ?? 'model';
      const key = `${type}s/${id}`;
      if (repos.has(key)) return json(409, { error: 'You already created this dataset repo', url: `${url}/${type}s/${id}` });
      repos.set(key, { id, type, private: b.visibility === 'private' || b.private === true, files: new Map(), commits: [] });
      return json(200, { url: `${url}/${type === 'model' ? '' : `${type}s/`}${id}`, name: id, id: `stub-${repos.size}` });
    }
    if ((m = /^\/api\/(datasets|models|spaces)\/([^/]+\/[^/]+)\/preupload\/([^/]+)$/.exec(path)) && req.method === 'POST') {
      if (!needAuth()) return 401;
      const repo = repos.get(`${m[1]}/${m[2]}`);
      if (!repo) return json(404, { error: 'Repository not found' });
      const f = fault('preupload');
      if (f) return json(f, { error: 'injected failure' });
      const b = JSON.parse((await body(req)).toString()) as { files: { path: string; size: number }[] };
      return json(200, { files: b.files.map((x) => ({ path: x.path, uploadMode: x.path.startsWith('data/') || x.size > 10_000_000 ? 'lfs' : 'regular', shouldIgnore: false })) });
    }
    if ((m = /^\/api\/(datasets|models|spaces)\/([^/]+\/[^/]+)\/commit\/([^/]+)$/.exec(path)) && req.method === 'POST') {
      if (!needAuth()) return 401;
      const repo = repos.get(`${m[1]}/${m[2]}`);
      if (!repo) return json(404, { error: 'Repository not found' });
      const raw = (await body(req)).toString();
      const f = fault('commit');
      if (f) return json(f, { error: 'injected failure' });
      const next = new Map(repo.files);
      let title = '';
      const paths: string[] = [];
      for (const line of raw.split('\n').filter(Boolean)) {
        const op = JSON.parse(line) as { key: string; value: Record<string, unknown> };
        if (op.key === 'header') title = String(op.value.summary ?? '');
        else if (op.key === 'file') {
          const p = String(op.value.path);
          next.set(p, { path: p, content: Buffer.from(String(op.value.content), op.value.encoding === 'base64' ? 'base64' : 'utf8') });
          paths.push(p);
        } else if (op.key === 'lfsFile') {
          const p = String(op.value.path);
          const oid = String(op.value.oid);
          const blob = lfs.get(oid);
          if (!blob) return json(422, { error: `LFS object ${oid} for ${p} was never uploaded` });
          next.set(p, { path: p, content: blob, lfsOid: oid });
          paths.push(p);
        } else if (op.key === 'deletedFile') {
          next.delete(String(op.value.path));
          paths.push(String(op.value.path));
        } else return json(400, { error: `unknown operation ${op.key}` });
      }
      repo.files = next;
      const oid = createHash('sha1').update(`commit ${++commitSeq} ${title}`).digest('hex');
      repo.commits.push({ oid, title, paths });
      return json(200, { success: true, commitOid: oid, commitUrl: `${url}/${m[1]}/${m[2]}/commit/${oid}`, hookOutput: '' });
    }
    if ((m = /^\/api\/(datasets|models|spaces)\/([^/]+\/[^/]+)\/tree\/([^/]+)(\/.*)?$/.exec(path)) && req.method === 'GET') {
      const repo = repos.get(`${m[1]}/${m[2]}`);
      if (!repo || (repo.private && !authorized)) return json(404, { error: 'Repository not found' });
      const f = fault('tree');
      if (f) return json(f, { error: 'injected failure' });
      const prefix = m[4] ? `${m[4].slice(1)}/` : '';
      const recursive = u.searchParams.get('recursive') === 'true';
      const entries: Record<string, unknown>[] = [];
      const dirs = new Set<string>();
      for (const file of [...repo.files.values()].sort((a, b) => a.path.localeCompare(b.path))) {
        if (!file.path.startsWith(prefix)) continue;
        const rest = file.path.slice(prefix.length);
        if (rest.includes('/')) {
          const d = prefix + rest.split('/')[0];
          if (!dirs.has(d)) {
            dirs.add(d);
            entries.push({ type: 'directory', path: d, size: 0, oid: createHash('sha1').update(d).digest('hex') });
          }
          if (!recursive) continue;
        }
        const pointer = file.lfsOid ? lfsPointer(file.lfsOid, file.content.length) : undefined;
        entries.push({
          type: 'file',
          path: file.path,
          size: file.content.length,
          oid: gitBlobSha1(pointer ?? file.content),
          ...(file.lfsOid ? { lfs: { oid: file.lfsOid, size: file.content.length, pointerSize: pointer!.length } } : {}),
        });
      }
      return json(200, entries);
    }
    if ((m = /^\/api\/(datasets|models|spaces)\/([^/]+\/[^/]+)$/.exec(path)) && req.method === 'GET') {
      const repo = repos.get(`${m[1]}/${m[2]}`);
      if (!repo || (repo.private && !authorized)) return json(404, { error: 'Repository not found' });
      return json(200, { id: repo.id, private: repo.private, likes: 0, sha: repo.commits.at(-1)?.oid });
    }
    if ((m = /^\/(datasets\/|spaces\/)?([^/]+\/[^/]+)\.git\/info\/lfs\/objects\/batch$/.exec(path)) && req.method === 'POST') {
      if (!needAuth()) return 401;
      const type = m[1] ? m[1].slice(0, -1) : 'models';
      if (!repos.has(`${type}/${m[2]}`)) return json(404, { message: 'Repository not found' });
      const f = fault('lfs-batch');
      if (f) return json(f, { message: 'injected failure' });
      const b = JSON.parse((await body(req)).toString()) as { objects: { oid: string; size: number }[] };
      res.writeHead(200, { 'content-type': 'application/vnd.git-lfs+json', 'x-request-id': `req-${log.length}` });
      res.end(
        JSON.stringify({
          transfer: 'basic',
          objects: b.objects.map((o) =>
            lfs.has(o.oid) ? { oid: o.oid, size: o.size } : { oid: o.oid, size: o.size, authenticated: true, actions: { upload: { href: `${url}/lfs-upload/${o.oid}`, expires_in: 3600 } } },
          ),
        }),
      );
      return 200;
    }
    if ((m = /^\/lfs-upload\/([0-9a-f]{64})$/.exec(path)) && req.method === 'PUT') {
      const content = await body(req);
      const f = fault('lfs-put');
      if (f) {
        res.writeHead(f, { 'content-type': 'text/plain' });
        res.end('injected failure');
        return f;
      }
      const sha = createHash('sha256').update(content).digest('hex');
      if (sha !== m[1]) return json(400, { error: `content sha256 ${sha} does not match ${m[1]}` });
      lfs.set(sha, content);
      res.writeHead(200, { etag: `"${sha.slice(0, 16)}"` });
      res.end();
      return 200;
    }
    return json(404, { error: `no route for ${req.method} ${path}` });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).then(
      (status) => log.push({ method: req.method ?? '', path: req.url ?? '', status, authorized: req.headers.authorization !== undefined }),
      (err: unknown) => {
        log.push({ method: req.method ?? '', path: req.url ?? '', status: 500, authorized: req.headers.authorization !== undefined });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(err) }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    repos,
    lfs,
    log,
    failNext(route, status = 500, times = 1) {
      faults.set(route, { status, times });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
