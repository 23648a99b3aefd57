import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.ts';
import { registerAccessControl, type AccessControlOptions } from './access.ts';
import { registerErrorHandler } from './error-handler.ts';

export type HttpServerOptions = {
  logger: Logger;
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  /** Served over HTTPS: send HSTS and upgrade-insecure-requests. */
  https: boolean;
  version: string;
  access: AccessControlOptions;
};

export type HttpServer = ReturnType<typeof createHttpServer>;

/** The strict policy of every page: nothing from another host, no inline or eval'd script. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // Mantine sets CSS variables and element styles inline; scripts stay strict.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Fastify with everything each route relies on: Zod validation of requests and responses,
 * the error envelope, security headers, rate limits, cookies, access control and the
 * OpenAPI document. Capabilities add their routes on top (see app.ts).
 */
export async function createHttpServer(options: HttpServerOptions) {
  // Typed as Fastify's base logger so plugins see the default instance type.
  const loggerInstance: FastifyBaseLogger = options.logger;
  const app = Fastify({
    loggerInstance,
    bodyLimit: options.bodyLimitBytes,
    trustProxy: options.trustProxy,
    genReqId: (request) => {
      // Keep a caller's correlation id when it is sane; otherwise make one.
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandler(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...CONTENT_SECURITY_POLICY,
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: options.https,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimitPerMinute,
    timeWindow: '1 minute',
  });
  await app.register(fastifyCookie);
  registerAccessControl(app, options.access);
  await registerOpenApi(app, options.version);
  return app;
}

async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Karpear API',
        version,
        description:
          'Incident reporting and handling for a national CERT. Errors share one envelope: ' +
          '{ error: { code, message, requestId, fields? } }, with the message in the language ' +
          'of the Accept-Language header (km or en).',
      },
      components: {
        securitySchemes: {
          staffSession: { type: 'apiKey', in: 'cookie', name: 'karpear_session' },
          reporterSecret: { type: 'http', scheme: 'bearer' },
          organisationToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // Third-party routes get their access rule here, in their own encapsulated context.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
    app.swagger(),
  );
}
