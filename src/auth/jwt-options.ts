import type { JwtModuleOptions } from '@nestjs/jwt';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from './access-token.js';

/** How cadre signs and checks access tokens. Pinning the algorithm keeps "alg: none" and key-confusion tokens out. */
export const jwtOptions = (secret: string, ttlSeconds: number): JwtModuleOptions => ({
  secret,
  signOptions: { algorithm: 'HS256', expiresIn: ttlSeconds, issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
  verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
});
