import { z } from 'zod';

/**
 * The shape of `data/industries/<id>/platforms.yaml` (docs/platforms.md): the public service platforms and
 * shared facilities of one industry (plan 三(六) 一业一亮点, 三(五) 释放创新资源), each linked to the leaf segments
 * it serves. Hand-written and reviewed; the file's `about` names its source and licence.
 */
export const PLATFORM_KINDS = [
  'PILOT_PLANT',
  'TESTING_CERTIFICATION',
  'FLIGHT_SERVICE',
  'COMPUTING',
  'DATA',
  'EXPERT_SERVICE',
  'FINANCE',
  'FUND',
  'ALLIANCE',
  'FACILITY',
  /** 要素保障池, 土地资源清单: land, energy and environmental quota held for projects. */
  'RESOURCE_POOL',
  /** 专班, 服务中心: a desk that serves firms by name. */
  'SERVICE_DESK',
  /** 供需对接平台. */
  'MATCHMAKING',
  /** 成果转化: moving research into production. */
  'TECH_TRANSFER',
  /** An opened application scenario or demonstration site (海岛物流, 光储充放 demos). */
  'SCENARIO',
] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/** `planned`: the plan asks for it and it is not known to exist; `operating`: the plan treats it as existing. */
export const PLATFORM_STATUSES = ['operating', 'planned'] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const platformSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]+\.p\.[a-z0-9-]+$/, 'an id like "chem.p.shared-pilot"'),
    name: text(80),
    nameEn: text(120),
    kind: z.enum(PLATFORM_KINDS),
    status: z.enum(PLATFORM_STATUSES),
    operator: text(120),
    location: text(120),
    services: z.array(text(80)).min(1).max(12),
    servicesEn: z.array(text(160)).min(1).max(12),
    /** Leaf segment ids of this industry. */
    serves: z.array(z.string()).min(1),
    /** A public office, never a person, phone number or e-mail. */
    contact: text(120),
    /** The plan section or document the fact comes from; a planned entry says "planned (…)". */
    source: text(300),
  })
  .superRefine((p, ctx) => {
    if (p.services.length !== p.servicesEn.length)
      ctx.addIssue({ code: 'custom', path: ['servicesEn'], message: 'one English line per service' });
    if (p.status === 'planned' && !p.source.startsWith('planned'))
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a planned platform\'s source starts with "planned ("',
      });
    if (/\d{7,}|@/.test(p.contact))
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'a public office, not a phone number or e-mail' });
  });

export const platformsFileSchema = z.strictObject({
  about: z.strictObject({ source: text(300), licence: text(200), review: text(300) }),
  platforms: z.array(platformSchema).min(1).max(20),
});

export type PlatformRow = z.infer<typeof platformSchema>;
export type PlatformsFile = z.infer<typeof platformsFileSchema>;
