import { HttpHandler, type HttpResponseResolver, type RequestHandlerOptions } from 'msw';

type PredicateArgs = Parameters<HttpHandler['predicate']>[0];

/**
 * A `POST` handler that matches only requests whose `X-TC-Action` is one of `actions` (any
 * action when empty). Matching in the predicate, not in the resolver, is what lets MSW's
 * `once` spend itself only on a request the override really answers.
 */
export class ActionHandler extends HttpHandler {
  readonly #actions: readonly string[];

  constructor(
    baseUrl: string,
    actions: readonly string[],
    resolver: HttpResponseResolver,
    options?: RequestHandlerOptions,
  ) {
    super('POST', baseUrl, resolver, options);
    this.#actions = actions;
  }

  override predicate(args: PredicateArgs): ReturnType<HttpHandler['predicate']> {
    const base = super.predicate(args);
    const action = args.request.headers.get('x-tc-action') ?? '';
    if (this.#actions.length === 0 || this.#actions.includes(action)) return base;
    // Keep the base's own sync-or-async shape so every MSW 2 release reads the answer right.
    const refused: unknown = base instanceof Promise ? base.then(() => false) : false;
    return refused as ReturnType<HttpHandler['predicate']>;
  }
}
