/** An SAE error response: HTTP status, code and message, as SAE sends them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notEmpty = (name: string) =>
  new ApiError(400, 'InvalidParameter.NotEmpty', `You must specify the parameter ${name}.`);
export const obviously = (name: string, why = '') =>
  new ApiError(
    400,
    'InvalidParameter.Obviously',
    `The specified parameter is invalid {${name}}${why ? `: ${why}` : '.'}`,
  );
