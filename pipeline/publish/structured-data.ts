// JSON-LD for a published page: a schema.org NewsArticle. A translation names its source with
// `translationOfWork`, and the source lists its translations with `workTranslation`, so a search engine reads
// the set as one release in several languages rather than as duplicates.
import type { Locale } from '../types.ts';
import { WEB_LANGUAGE } from './language-tags.ts';

export interface ArticleVersion {
  locale: Locale;
  /** Absolute, when the base URL is known. */
  url?: string;
  headline?: string;
}

export interface NewsArticleInput extends ArticleVersion {
  description?: string;
  /** `YYYY-MM-DD`. */
  datePublished?: string;
  publisher?: { name: string; url?: string };
  /** The release in its source locale; `undefined` on the source page itself. */
  source?: ArticleVersion;
  /** The other published locales, listed on the source page. */
  translations?: readonly ArticleVersion[];
}

export type JsonLd = Record<string, unknown>;

export function newsArticle(input: NewsArticleInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...version(input),
    ...(input.url !== undefined ? { mainEntityOfPage: input.url } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.datePublished !== undefined ? { datePublished: input.datePublished } : {}),
    ...(input.publisher !== undefined
      ? {
          publisher: {
            '@type': 'Organization',
            name: input.publisher.name,
            ...(input.publisher.url !== undefined ? { url: input.publisher.url } : {}),
          },
        }
      : {}),
    ...(input.source !== undefined ? { translationOfWork: version(input.source) } : {}),
    ...(input.source === undefined && input.translations !== undefined && input.translations.length > 0
      ? { workTranslation: input.translations.map(version) }
      : {}),
  };
}

function version(article: ArticleVersion): JsonLd {
  return {
    '@type': 'NewsArticle',
    ...(article.url !== undefined ? { '@id': article.url, url: article.url } : {}),
    ...(article.headline !== undefined ? { headline: article.headline } : {}),
    inLanguage: WEB_LANGUAGE[article.locale],
  };
}
