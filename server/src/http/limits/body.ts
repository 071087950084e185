import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

/** body-parser errors carry the status to answer with (400 invalid JSON, 413 too large, 415 charset). */
interface BodyError {
  status?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

const MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request body is larger than this server accepts',
  'entity.parse.failed': 'The request body is not valid JSON',
  'charset.unsupported': 'The request body must be UTF-8',
  'encoding.unsupported': 'The request body encoding is not supported',
  'request.aborted': 'The request was aborted',
};

/**
 * JSON bodies up to `maxBytes`; a body that is too large or not JSON gets a 4xx
 * with a GraphQL-shaped error (BAD_USER_INPUT), never express's HTML page or a 5xx.
 */
export function jsonBody(maxBytes: number): [RequestHandler, ErrorRequestHandler] {
  const refuse: ErrorRequestHandler = (err: BodyError, _req, res, next) => {
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : undefined;
    if (!status || !err.type) return next(err);
    const message = MESSAGES[err.type] ?? 'The request body could not be read';
    res
      .status(status)
      .type('application/json')
      .json({
        errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'body', message }] } }],
      });
  };
  return [express.json({ limit: maxBytes }), refuse];
}
