// The main job: validates a few option objects through the contract and prints what each one
// would send, or which rule it breaks.
import {
  createUserOptionsSchema,
  formatFieldIssues,
  toFieldIssues,
  toWireRequest,
} from '@org/tcb-user-contract';

const samples = [
  { name: 'ann.smith', nickName: '安妮', phone: '13800138000', email: 'ann@example.com' },
  { name: '.ann', password: 'abc' },
  { name: 'bob', nickname: 'Bob' },
];

for (const sample of samples) {
  const result = createUserOptionsSchema.safeParse(sample);
  const line = result.success
    ? `sends ${JSON.stringify(toWireRequest('CreateUser', 'env-demo', result.data))}`
    : `refused: ${formatFieldIssues(toFieldIssues(result.error))}`;
  process.stdout.write(`${JSON.stringify(sample)}\n  ${line}\n`);
}
