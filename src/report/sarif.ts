/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one run, the rules as the driver's
 * reportingDescriptors (with a helpUri to the rule's doc page, rules/<id>.md), one result per
 * finding at its file, line and column (repo-relative URI against %SRCROOT%), and a partial
 * fingerprint that survives lines moving so code scanning can follow an alert across pushes.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../lint/types.js';

/** Where the project lives; the rule doc pages are `${INFORMATION_URI}/blob/main/rules/<id>.md`. */
export const INFORMATION_URI = 'https://github.com/migration-guard/migration-guard';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The metadata SARIF needs from a rule (RuleMeta and CHECK_RULES fit). */
export interface SarifRuleInfo {
  id: string;
  description: string;
  severity: Severity;
  help: string;
}

export interface SarifOptions {
  /** Default: INFORMATION_URI. */
  informationUri?: string;
  /** Default: `${informationUri}/blob/main/rules/${id}.md`. */
  helpUri?: (ruleId: string) => string;
}

interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: Severity };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Severity;
  message: SarifMessage;
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
      region: { startLine: number; startColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: 'migration-guard';
        version: string;
        semanticVersion?: string;
        informationUri: string;
        rules: SarifReportingDescriptor[];
      };
    };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

/** A finding's path as a relative URI reference: forward slashes, no "./", each segment percent-encoded. */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

const positive = (n: number) => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export function toSarif(findings: Finding[], rules: SarifRuleInfo[], toolVersion: string, options: SarifOptions = {}): SarifLog {
  const informationUri = options.informationUri ?? INFORMATION_URI;
  const helpUri = options.helpUri ?? ((id: string) => `${informationUri}/blob/main/rules/${encodeURIComponent(id)}.md`);

  const descriptors: SarifReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const describe = (r: SarifRuleInfo) => {
    if (index.has(r.id)) return;
    index.set(r.id, descriptors.length);
    const uri = helpUri(r.id);
    descriptors.push({
      id: r.id,
      name: r.id,
      shortDescription: { text: r.description },
      fullDescription: { text: r.description },
      help: { text: `${r.help}\n\nSee ${uri}`, markdown: `${r.help}\n\n[Rule documentation](${uri})` },
      helpUri: uri,
      defaultConfiguration: { level: r.severity },
      properties: { tags: ['postgresql', 'migrations'] },
    });
  };
  for (const r of rules) describe(r);
  // A finding whose rule the caller did not list (e.g. invalid-suppression) still gets a descriptor.
  for (const f of findings) describe({ id: f.rule, description: f.rule, severity: f.severity, help: f.help });

  const seen = new Map<string, number>();
  const results: SarifResult[] = findings.map((f) => {
    const uri = artifactUri(f.file);
    // Stable across pushes that only move the finding: rule, file and message, plus the
    // occurrence number among identical ones.
    const hash = createHash('sha256').update(`${f.rule}\0${uri}\0${f.message}`).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule)!,
      level: f.severity,
      message: { text: f.help ? `${f.message}\n\nHelp: ${f.help}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            region: { startLine: positive(f.line), startColumn: positive(f.column) },
          },
        },
      ],
      partialFingerprints: { 'migrationGuard/v1': `${hash}:${n}` },
    };
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'migration-guard',
            version: toolVersion,
            ...(SEMVER.test(toolVersion) ? { semanticVersion: toolVersion } : {}),
            informationUri,
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
