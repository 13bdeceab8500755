/** Injection token of the shared ioredis command connection (provided by RedisModule). */
export const REDIS = Symbol('REDIS');
