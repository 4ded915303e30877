// A minimal loopback server for the benchmark: answers every request with a fixed envelope,
// so the measured cost is the client's own. Runs in its own process; prints its URL.
import { createServer } from 'node:http';

const list = JSON.stringify({
  Response: {
    Data: {
      Total: 1,
      UserList: [
        {
          Uid: 'u1',
          Name: 'alice',
          Type: 'internalUser',
          UserStatus: 'ACTIVE',
          NickName: 'Alice',
          Phone: '',
          Email: 'alice@example.com',
          AvatarUrl: '',
          Description: '',
        },
      ],
    },
    RequestId: 'bench-request-id',
  },
});
// manager-node asks for the environment once before its first user call.
const envInfo = JSON.stringify({
  Response: {
    EnvInfo: { EnvBaseInfo: { EnvId: 'bench-env', Alias: 'bench', Status: 'NORMAL' } },
    RequestId: 'bench-env-info',
  },
});

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = req.headers['x-tc-action'] === 'DescribeEnvInfo' ? envInfo : list;
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}/\n`);
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(0), 10 * 60_000).unref();
