/** A failure the client can act on; `app.onError` turns it into problem+json. */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
    readonly title: string,
    message?: string,
    readonly errors?: { field: string; message: string }[]
  ) {
    super(message ?? title);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(404, 'Not Found', `${what} tidak ditemukan / not found`);
  }
}

export class ValidationError extends DomainError {
  constructor(errors: { field: string; message: string }[]) {
    super(422, 'Unprocessable Content', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(409, 'Conflict', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Akses ditolak / forbidden') {
    super(403, 'Forbidden', message);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = 'Silakan masuk / please log in') {
    super(401, 'Unauthorized', message);
  }
}

/** Too many failed attempts; `retryAfterSeconds` (at least 1) becomes the Retry-After header. */
export class TooManyRequestsError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    const minutes = Math.ceil(seconds / 60);
    const wait = seconds < 60 ? [`${seconds} detik`, `${seconds} s`] : [`${minutes} menit`, `${minutes} min`];
    super(429, 'Too Many Requests', `Terlalu banyak percobaan; coba lagi dalam ${wait[0]} / too many attempts; try again in ${wait[1]}`);
    this.retryAfterSeconds = seconds;
  }
}

/** The server cannot take writes now (storage failing, or a damaged log); `retryAfterSeconds` becomes Retry-After. */
export class ServiceUnavailableError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number
  ) {
    super(503, 'Service Unavailable', message);
  }
}
