import { defineRule } from '../src/lint/types.js';
import { compareVersions, versionKey, type Version } from '../src/load/version.js';

export default defineRule({
  meta: {
    id: 'out-of-order-version',
    description: 'With --base: a new versioned migration whose version is not above the highest version at the base.',
    severity: 'error',
    help: 'Renumber the new migration above the highest merged version.',
    appliesTo: ['versioned'],
    reads: 'project',
  },
  create(context) {
    const { project } = context;
    let highest: Version | undefined;
    const merged = new Set<string>();
    /** Checksums of merged migrations no longer at their path: a new file with one of them is a rename. */
    const moved = new Set<number>();
    return {
      project() {
        const head = new Set(project.files.map((f) => f.rel));
        for (const b of project.base?.values() ?? []) {
          if (b.kind !== 'versioned' || !b.version) continue;
          merged.add(versionKey(b.version));
          if (!head.has(b.rel)) moved.add(b.checksum);
          if (!highest || compareVersions(b.version, highest) > 0) highest = b.version;
        }
      },
      file(file) {
        if (!project.base || !highest || !file.isNew || !file.version) return;
        // The same version or the same content at another path is a rename: applied-migration-modified reports it.
        if (merged.has(versionKey(file.version)) || moved.has(file.checksum)) return;
        if (compareVersions(file.version, highest) > 0) return;
        if (project.layout) {
          context.report({
            message: `new migration ${file.version.raw} is not above ${highest.raw}, the highest version already merged: ${project.layout.outOfOrder}`,
            help: `Rename it to a version above ${highest.raw}.`,
          });
          return;
        }
        context.report({
          message: `new migration ${file.version.raw} is not above ${highest.raw}, the highest version already merged: databases that applied ${highest.raw} refuse it (outOfOrder=false) or apply it after newer migrations, in a different order than a fresh database`,
          help: `Rename it to a version above ${highest.raw}.`,
        });
      },
    };
  },
});
