import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, parse, print, visit, type ASTVisitor, type FieldDefinitionNode, type InputValueDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { agencyManifest, agencyPackageDir, parseAgencyManifest } from '@governance/kit/agencies';
import { ACCEPTED_CHANGES_FILE, checkBureau, formatReport } from '../src/bureau-check';
import { SCHEMA_DIR } from '../src/schema-artifacts';

const manifest = agencyManifest();
const ROOT = path.dirname(manifest.file);

/** A committed subgraph SDL with one field of one type, or one argument's type, changed: the deliberate breaks a bureau might make. */
function edited(bureau: string, edit: ASTVisitor): string {
  return print(visit(parse(fs.readFileSync(path.join(SCHEMA_DIR, `${bureau}.graphql`), 'utf8')), edit));
}
const withoutField = (bureau: string, type: string, field: string) =>
  edited(bureau, {
    ObjectTypeDefinition: (node: ObjectTypeDefinitionNode) =>
      node.name.value === type ? { ...node, fields: node.fields?.filter((candidate) => candidate.name.value !== field) } : undefined,
  });

describe('npm run check -w subgraphs/<bureau>', () => {
  it.each(manifest.agencies.map((agency) => [agency.name] as const))('passes for %s as its code stands', async (bureau) => {
    const report = await checkBureau({ bureau });
    expect(formatReport(report)).toMatch(/PASSED/);
    expect(report.composedWith).toHaveLength(manifest.agencies.length - 1);
    expect(report.operationsChecked).toBeGreaterThanOrEqual(15);
  });

  it('fails a removed field, naming its coordinate and the contract and dashboard operations it breaks', async () => {
    const report = await checkBureau({ bureau: 'commerce-bureau', candidateSdl: withoutField('commerce-bureau', 'Enterprise', 'licenseStatus') });
    expect(report.passed).toBe(false);
    const removed = report.breaking.find((change) => change.coordinate === 'Enterprise.licenseStatus')!;
    expect(removed.type).toBe('FIELD_REMOVED');
    expect(removed.usedBy).toEqual(
      expect.arrayContaining([
        { file: 'enterprise-list.graphql', name: 'EnterpriseList' },
        { file: 'legal-affairs/reconsideration-cases.graphql', name: 'ReconsiderationCases' },
      ]),
    );
    expect(report.brokenOperations.map((operation) => operation.name)).toEqual(expect.arrayContaining(['EnterpriseList', 'EnterpriseProfile', 'CommunityOverview']));
    const text = formatReport(report);
    expect(text).toMatch(/BREAKING\s+Enterprise\.licenseStatus\s+\[FIELD_REMOVED\]/);
    expect(text).toMatch(/EnterpriseList \(enterprise-list\.graphql\): Cannot query field "licenseStatus" on type "Enterprise"/);
    expect(text).toMatch(/^FAILED: 1 breaking change\(s\) not marked intended .* operation\(s\) would break$/m);
  });

  it('fails a tightened input, an argument that becomes required, even where no operation breaks yet', async () => {
    const candidateSdl = edited('legal-affairs', {
      FieldDefinition: (node: FieldDefinitionNode) =>
        node.name.value === 'reconsiderationSystems'
          ? { ...node, arguments: node.arguments?.map((argument: InputValueDefinitionNode) => ({ ...argument, type: { kind: Kind.NON_NULL_TYPE, type: argument.type } })) }
          : undefined,
    });
    const report = await checkBureau({ bureau: 'legal-affairs', candidateSdl });
    expect(report.breaking.map((change) => change.coordinate)).toEqual(['Query.reconsiderationSystems.asOf']);
    expect(report.passed).toBe(false);
  });

  it('passes an addition, and lists it as safe', async () => {
    const candidateSdl = `${fs.readFileSync(path.join(SCHEMA_DIR, 'legal-affairs.graphql'), 'utf8')}\nextend type Query { reconsiderationOffices: [AdministrativeBody!]! }\n`;
    const report = await checkBureau({ bureau: 'legal-affairs', candidateSdl });
    expect([report.passed, report.breaking, report.safe]).toEqual([true, [], 1]);
  });

  describe("with the bureau's accepted-breaking-changes.json", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-check-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    /** The manifest with commerce-bureau's package in a folder holding only the accepted changes. */
    function manifestAccepting(accepted: unknown): ReturnType<typeof parseAgencyManifest> {
      const folder = fs.mkdtempSync(path.join(dir, 'commerce-bureau-'));
      fs.writeFileSync(path.join(folder, ACCEPTED_CHANGES_FILE), JSON.stringify(accepted));
      const agencies = manifest.agencies.map((agency) => ({ ...agency, package: agency.name === 'commerce-bureau' ? folder : agencyPackageDir(manifest, agency) }));
      return parseAgencyManifest({ gateway: manifest.gateway, agencies }, path.join(dir, 'agencies.json'));
    }
    const candidateSdl = withoutField('commerce-bureau', 'EmissionAgreement', 'pilot');

    it('passes a breaking change that no operation uses once it is marked intended, with the reason in the report', async () => {
      expect((await checkBureau({ bureau: 'commerce-bureau', candidateSdl })).breaking.map((change) => [change.coordinate, change.usedBy])).toEqual([
        ['EmissionAgreement.pilot', []],
      ]);
      const reason = 'The pilot names moved to the agreement document; no dashboard reads them.';
      const report = await checkBureau({
        bureau: 'commerce-bureau',
        candidateSdl,
        manifest: manifestAccepting({ accepted: [{ coordinate: 'EmissionAgreement.pilot', type: 'FIELD_REMOVED', reason }] }),
      });
      expect(report.passed).toBe(true);
      expect(report.accepted.map((change) => change.acceptedBecause)).toEqual([reason]);
      expect(formatReport(report)).toContain(`because ${reason}`);
    });

    it('still fails when the accepted change breaks a contract operation', async () => {
      const accepting = manifestAccepting({ accepted: [{ coordinate: 'Enterprise.licenseStatus', type: 'FIELD_REMOVED', reason: 'we meant it' }] });
      const report = await checkBureau({ bureau: 'commerce-bureau', candidateSdl: withoutField('commerce-bureau', 'Enterprise', 'licenseStatus'), manifest: accepting });
      expect([report.breaking, report.passed]).toEqual([[], false]);
      expect(report.brokenOperations.map((operation) => operation.name)).toContain('EnterpriseProfile');
    });

    it('refuses an accepted change without a reason', async () => {
      await expect(
        checkBureau({ bureau: 'commerce-bureau', candidateSdl, manifest: manifestAccepting({ accepted: [{ coordinate: 'EmissionAgreement.pilot', type: 'FIELD_REMOVED' }] }) }),
      ).rejects.toThrow(/each with a reason/);
    });
  });

  it("runs as a command from a bureau's folder, exiting 0 when it may merge", () => {
    const cli = path.join(ROOT, 'scripts/dist/check-bureau.js'); // npm test builds first
    const run = spawnSync(process.execPath, [cli], { cwd: path.join(ROOT, 'subgraphs/legal-affairs'), encoding: 'utf8' });
    expect(run.stdout).toMatch(/^check legal-affairs: .*\n(.*\n)*PASSED: legal-affairs may merge\n$/);
    expect(run.status).toBe(0);
  });
});
