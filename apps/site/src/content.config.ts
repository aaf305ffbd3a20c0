import { defineCollection, z } from 'astro:content';
import { BENEFIT_AUDIENCES, BENEFIT_CATEGORIES } from '@xinyong/api-client/browser';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/paths';

const from = (folder: string) => `${contentDir}/${folder}`;
const date = z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));
const source = z.object({ title: z.string(), ref: z.string() });
const categoryIds = Object.keys(BENEFIT_CATEGORIES) as [keyof typeof BENEFIT_CATEGORIES, ...(keyof typeof BENEFIT_CATEGORIES)[]];
const audienceIds = Object.keys(BENEFIT_AUDIENCES) as [keyof typeof BENEFIT_AUDIENCES, ...(keyof typeof BENEFIT_AUDIENCES)[]];

const policy = defineCollection({
  loader: glob({ pattern: '*.md', base: from('policy') }),
  schema: z.object({
    title: z.string(),
    section: z.number().int().min(1).max(9).optional(),
    sectionTitle: z.string().optional(),
    summary: z.string().optional(),
    updated: date.optional(),
    docNumber: z.string().optional(),
    issuedBy: z.string().optional(),
    date: date.optional(),
  }),
});

const guides = defineCollection({
  loader: glob({ pattern: '*.md', base: from('guides') }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    order: z.number().int(),
    updated: date.optional(),
    sources: z.array(source).default([]),
  }),
});

const stories = defineCollection({
  loader: glob({ pattern: '*.md', base: from('stories') }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    category: z.enum(categoryIds).optional(),
    example: z.boolean().default(true),
    date: date.optional(),
  }),
});

const updates = defineCollection({
  loader: glob({ pattern: '*.md', base: from('updates') }),
  schema: z.object({
    title: z.string(),
    date,
    summary: z.string(),
    source: source.optional(),
  }),
});

// The full shape is the TypeBox BenefitContent in @xinyong/contract; here only what the pages show is checked.
const benefits = defineCollection({
  loader: glob({
    pattern: '*.{yaml,yml}',
    base: from('benefits'),
    generateId: ({ data, entry }) => String(data.id ?? entry.replace(/\.ya?ml$/, '')),
  }),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string(),
    category: z.enum(categoryIds),
    audience: z.array(z.enum(audienceIds)).min(1),
    provider: z.string(),
    region: z.string(),
    summary: z.string(),
    criteria: z.array(z.object({ kind: z.string(), text: z.string() }).passthrough()).default([]),
    howToApply: z.string(),
    apply: z.object({
      unit: z.string(),
      channel: z.string(),
      contact: z.string(),
      hours: z.string().optional(),
      online: z.object({ label: z.string(), url: z.string().url() }).optional(),
    }),
    basis: z.array(source).default([]),
    example: z.boolean(),
  }),
});

export const collections = { policy, guides, stories, updates, benefits };
