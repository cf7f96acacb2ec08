/**
 * What the `tenancy` command itself says (usage, argument and file errors, the summary line, the
 * tree), in English and French. Problem messages come from the core's catalog (src/core/i18n).
 * Severity words and codes in the text output stay English: editors' problem matchers read them.
 */
import type { Locale } from '../core/i18n';
import { localeOf } from '../core/i18n';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const cliEn = {
  usage: () => `Usage: tenancy <command> [options] PATH…

Commands:
  check PATH…   Check workspace files against the schema and the Azure / Office 365 association rules.
                A PATH is a file, a directory (searched for *.tenancy.yaml / *.tenancy.yml) or a glob
                (*, ?, ** — quote it). Exit code 0: nothing at or above --fail-severity, 1: problems
                at or above it, 2: usage or I/O failure.
  tree PATH     Print the directories of a workspace file with their users, guests and subscriptions;
                of a folder, its estate: each workspace file, then its directories.
  import [--into FILE] [--directory TENANT_ID] [--group GROUP] [--dry-run] AZ_JSON…
                Merge the JSON of \`az account list --all\`, \`az account tenant list\`, \`az ad user list\`,
                \`az ad group list\`, \`az ad group member list\`, \`az ad sp list --all\`,
                \`az account management-group entities list\` and \`az role assignment list\`
                into FILE (or print a new file), and print what was added, updated and left in conflict.
                Exit code 0: merged (conflicts are reported, not changed), 1: the file cannot take the
                import, 2: usage error or input that is not Azure CLI output.
  report [--format md|csv] [-o OUT] PATH
                Write a Markdown report (directories, users, guests, subscriptions, access, problems)
                or a CSV of the subscriptions, of a workspace file or of a folder's estate.

Options:
  -f, --format FORMAT        Output of check: text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML),
                             github (GitHub Actions workflow commands). Of report: md (default) or csv.
      --into FILE            import: the workspace file to merge into (created when missing).
      --directory TENANT_ID  import: the directory a user, group or service principal list comes from.
      --group GROUP          import: the group (name or object id) an \`az ad group member list\` output lists.
      --dry-run              import: print the summary, write nothing.
  -o, --output FILE          report: write to FILE instead of standard output.
  -s, --severity CODE=LEVEL  Change a rule's severity (error, warning, info, off); repeat or separate with commas.
      --fail-severity LEVEL  Exit 1 when a problem is at least this severe: error (default), warning or info.
      --explain              Show the chain of facts behind each problem (text, json and sarif).
      --lang LANG            Language of messages: en or fr (default: from LC_ALL, LC_MESSAGES or LANG).
  -h, --help                 Show this help.
  -v, --version              Show the version.
`,
  needsValue: (p: { flag: string }) => `${p.flag} needs a value`,
  unknownFormat: (p: { format: string; formats: string }) => `unknown format '${p.format}' (use ${p.formats})`,
  badFailSeverity: (p: { levels: string; got: string }) => `--fail-severity takes ${p.levels} (got '${p.got}')`,
  explainTakesNoValue: () => '--explain takes no value',
  dryRunTakesNoValue: () => '--dry-run takes no value',
  unknownReportFormat: (p: { format: string; formats: string }) => `unknown report format '${p.format}' (use ${p.formats})`,
  badSeverity: (p: { levels: string; got: string }) => `--severity takes CODE=LEVEL with LEVEL one of ${p.levels} (got '${p.got}')`,
  badLang: (p: { langs: string; got: string }) => `--lang takes ${p.langs} (got '${p.got}')`,
  unknownOption: (p: { flag: string }) => `unknown option '${p.flag}'`,
  unknownCommand: (p: { command: string }) => `unknown command '${p.command}'`,
  noFileGiven: () => 'no file given',
  treeNeedsOneFile: () => 'give exactly one file, or one folder for its estate',
  noFileMatches: (p: { pattern: string }) => `no file matches ${p.pattern}`,
  noWorkspaceFileUnder: (p: { dir: string }) => `no *.tenancy.yaml or *.tenancy.yml file under ${p.dir}`,
  cannotRead: (p: { path: string; why: string }) => `cannot read ${p.path}: ${p.why}`,
  noSuchFile: () => 'no such file',
  isADirectory: () => 'it is a directory',
  notRegularFile: (p: { kind: string }) => `it is ${p.kind}, not a regular file`,
  fileKind: (p: { kind: 'directory' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'other' }) =>
    ({ directory: 'a directory', fifo: 'a named pipe (FIFO)', socket: 'a socket', 'character-device': 'a character device', 'block-device': 'a block device', other: 'a special file' })[p.kind],
  cannotReadFolder: (p: { dir: string; why: string }) => `cannot read the folder ${p.dir}: ${p.why}; its files were not checked`,
  permissionDenied: () => 'permission denied',
  inputTooLarge: (p: { path: string; size: string; limit: string }) =>
    `cannot read ${p.path}: it is larger than ${p.limit} MiB (${p.size} MiB or more), the limit for one Azure CLI output file. Split the export (for example \`az ad user list --filter …\`) and import the parts.`,
  cannotWrite: (p: { path: string; why: string; existed: boolean }) =>
    `cannot write ${p.path}: ${p.why}. ${p.existed ? `${p.path} is unchanged.` : 'Nothing was written.'}`,
  writeWhy: (p: { code: string | undefined; detail: string }) =>
    ({ ENOSPC: 'no space left on the device', EDQUOT: 'the disk quota is exhausted', EFBIG: 'the file size limit was reached (ulimit -f)', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the file system is read-only', ENOENT: 'its folder does not exist', ENOTDIR: 'its folder does not exist', EISDIR: 'it is a directory', ENOTREG: 'it is not a regular file', ELOOP: 'too many levels of symbolic links' } as Record<string, string>)[p.code ?? ''] ?? p.detail,
  unknownRuleCode: (p: { code: string; suggestion: string }) => `--severity: unknown rule code '${p.code}'${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}; the codes are listed in docs/rules`,
  notUtf8: (p: { hex: string; offset: number }) =>
    `The file is not valid UTF-8 (byte 0x${p.hex} at byte ${p.offset}). Workspace files are UTF-8 text: save it again as UTF-8.`,
  summary: (p: { errors: number; warnings: number; infos: number; files: number }) =>
    `${plural(p.errors, 'error', 'errors')}, ${plural(p.warnings, 'warning', 'warnings')}, ${p.infos} info in ${plural(p.files, 'file', 'files')}\n`,
  treeEmpty: () => '(no directories)',
  treeStandalone: () => ' (checked alone: estate: standalone)',
  treeUnnamedDirectory: () => '(unnamed directory)',
  treeUnnamedSubscription: () => '(unnamed)',
  treeNoUpn: () => '(no upn)',
  treeDisabled: () => ' (disabled)',
  treeExternal: () => ' (external)',
  treeUsers: (p: { count: number }) => `Users (${p.count})`,
  treeGuests: (p: { count: number }) => `Guests (${p.count})`,
  treeSubscriptions: (p: { count: number }) => `Subscriptions (${p.count})`,
  treeOwner: (p: { upn: string }) => `owner ${p.upn}`,
  treeCreatedBy: (p: { upn: string }) => `created by ${p.upn}`,
  treeLicenses: (p: { count: number }) => `${p.count} licenses`,
  treeState: (p: { state: string }) => p.state,
  treeAtScope: (p: { scope: string }) => ` at ${p.scope}`,
  treeCounts: (p: { errors: number; warnings: number }) =>
    [p.errors && plural(p.errors, 'error', 'errors'), p.warnings && plural(p.warnings, 'warning', 'warnings')].filter(Boolean).join(', '),
};

export type CliMessages = typeof cliEn;

const STATE_FR: Record<string, string> = { active: 'actif', disabled: 'désactivé', expired: 'expiré', deleted: 'supprimé' };

export const cliFr = {
  usage: () => `Utilisation : tenancy <commande> [options] CHEMIN…

Commandes :
  check CHEMIN…  Vérifie des fichiers d’espace de travail par rapport au schéma et aux règles d’association
                 Azure / Office 365. Un CHEMIN est un fichier, un dossier (où sont cherchés les fichiers
                 *.tenancy.yaml / *.tenancy.yml) ou un modèle glob (*, ?, ** — entre guillemets). Code de
                 sortie 0 : rien d’au moins aussi grave que --fail-severity ; 1 : des problèmes au moins
                 aussi graves ; 2 : erreur d’utilisation ou d’entrée-sortie.
  tree CHEMIN    Affiche les annuaires d’un fichier d’espace de travail avec leurs utilisateurs, invités
                 et abonnements ; d’un dossier, son parc : chaque fichier, puis ses annuaires.
  import [--into FICHIER] [--directory ID_LOCATAIRE] [--group GROUPE] [--dry-run] JSON_AZ…
                 Fusionne le JSON de \`az account list --all\`, \`az account tenant list\`,
                 \`az ad user list\`, \`az ad group list\`, \`az ad group member list\`, \`az ad sp list --all\`,
                 \`az account management-group entities list\` et \`az role assignment list\`
                 dans FICHIER (ou affiche un nouveau fichier), et affiche ce qui a été
                 ajouté, mis à jour ou laissé en conflit. Code de sortie 0 : fusionné (les conflits sont
                 signalés, pas modifiés) ; 1 : le fichier ne peut pas recevoir l’import ; 2 : erreur
                 d’utilisation ou entrée qui n’est pas une sortie d’Azure CLI.
  report [--format md|csv] [-o SORTIE] CHEMIN
                 Écrit un rapport Markdown (annuaires, utilisateurs, invités, abonnements, accès,
                 problèmes) ou un CSV des abonnements, d’un fichier ou du parc d’un dossier.

Options :
  -f, --format FORMAT         Sortie de check : text (par défaut), json, sarif (SARIF 2.1.0), junit (XML JUnit),
                              github (commandes de workflow GitHub Actions). De report : md (par défaut) ou csv.
      --into FICHIER          import : le fichier d’espace de travail où fusionner (créé s’il n’existe pas).
      --directory ID          import : l’annuaire dont provient une liste d’utilisateurs, de groupes ou de principaux de service.
      --group GROUPE          import : le groupe (nom ou ID d’objet) dont une sortie de \`az ad group member list\` liste les membres.
      --dry-run               import : affiche le résumé sans rien écrire.
  -o, --output FICHIER        report : écrit dans FICHIER au lieu de la sortie standard.
  -s, --severity CODE=NIVEAU  Change la gravité d’une règle (error, warning, info, off) ; répétez l’option ou
                              séparez par des virgules.
      --fail-severity NIVEAU  Sort avec le code 1 dès qu’un problème est au moins de cette gravité :
                              error (par défaut), warning ou info.
      --explain               Affiche l’enchaînement de faits derrière chaque problème (text, json et sarif).
      --lang LANGUE           Langue des messages : en ou fr (par défaut : d’après LC_ALL, LC_MESSAGES ou LANG).
  -h, --help                  Affiche cette aide.
  -v, --version               Affiche la version.
`,
  needsValue: (p) => `${p.flag} attend une valeur`,
  unknownFormat: (p) => `format « ${p.format} » inconnu (utilisez ${p.formats})`,
  badFailSeverity: (p) => `--fail-severity accepte ${p.levels} (reçu : « ${p.got} »)`,
  explainTakesNoValue: () => '--explain n’accepte pas de valeur',
  dryRunTakesNoValue: () => '--dry-run n’accepte pas de valeur',
  unknownReportFormat: (p) => `format de rapport « ${p.format} » inconnu (utilisez ${p.formats})`,
  badSeverity: (p) => `--severity attend CODE=NIVEAU, avec NIVEAU parmi ${p.levels} (reçu : « ${p.got} »)`,
  badLang: (p) => `--lang accepte ${p.langs} (reçu : « ${p.got} »)`,
  unknownOption: (p) => `option « ${p.flag} » inconnue`,
  unknownCommand: (p) => `commande « ${p.command} » inconnue`,
  noFileGiven: () => 'aucun fichier indiqué',
  treeNeedsOneFile: () => 'indiquez un seul fichier, ou un dossier pour son parc',
  noFileMatches: (p) => `aucun fichier ne correspond à ${p.pattern}`,
  noWorkspaceFileUnder: (p) => `aucun fichier *.tenancy.yaml ou *.tenancy.yml dans ${p.dir}`,
  cannotRead: (p) => `impossible de lire ${p.path} : ${p.why}`,
  noSuchFile: () => 'fichier introuvable',
  isADirectory: () => 'c’est un dossier',
  notRegularFile: (p) => `c’est ${p.kind}, pas un fichier ordinaire`,
  fileKind: (p) =>
    ({ directory: 'un dossier', fifo: 'un tube nommé (FIFO)', socket: 'un socket', 'character-device': 'un périphérique en mode caractère', 'block-device': 'un périphérique en mode bloc', other: 'un fichier spécial' })[p.kind],
  cannotReadFolder: (p) => `impossible de lire le dossier ${p.dir} : ${p.why} ; ses fichiers n’ont pas été vérifiés`,
  permissionDenied: () => 'permission refusée',
  inputTooLarge: (p) =>
    `impossible de lire ${p.path} : il dépasse ${p.limit} Mio (${p.size} Mio ou plus), la limite pour un fichier de sortie d’Azure CLI. Découpez l’export (par exemple \`az ad user list --filter …\`) et importez les parties.`,
  cannotWrite: (p) =>
    `impossible d’écrire ${p.path} : ${p.why}. ${p.existed ? `${p.path} n’a pas été modifié.` : 'Rien n’a été écrit.'}`,
  writeWhy: (p) =>
    ({ ENOSPC: 'plus d’espace libre sur le périphérique', EDQUOT: 'le quota disque est épuisé', EFBIG: 'la limite de taille de fichier est atteinte (ulimit -f)', EACCES: 'permission refusée', EPERM: 'permission refusée', EROFS: 'le système de fichiers est en lecture seule', ENOENT: 'son dossier n’existe pas', ENOTDIR: 'son dossier n’existe pas', EISDIR: 'c’est un dossier', ENOTREG: 'ce n’est pas un fichier ordinaire', ELOOP: 'trop de niveaux de liens symboliques' } as Record<string, string>)[p.code ?? ''] ?? p.detail,
  unknownRuleCode: (p) => `--severity : code de règle « ${p.code} » inconnu${p.suggestion ? ` (vouliez-vous dire ${p.suggestion} ?)` : ''} ; les codes sont listés dans docs/rules`,
  notUtf8: (p) =>
    `Le fichier n’est pas en UTF-8 valide (octet 0x${p.hex} à la position ${p.offset}). Les fichiers d’espace de travail sont du texte UTF-8 : enregistrez-le de nouveau en UTF-8.`,
  summary: (p) =>
    `${plural(p.errors, 'erreur', 'erreurs')}, ${plural(p.warnings, 'avertissement', 'avertissements')}, ${plural(p.infos, 'information', 'informations')} dans ${plural(p.files, 'fichier', 'fichiers')}\n`,
  treeEmpty: () => '(aucun annuaire)',
  treeStandalone: () => ' (vérifié seul : estate: standalone)',
  treeUnnamedDirectory: () => '(annuaire sans nom)',
  treeUnnamedSubscription: () => '(sans nom)',
  treeNoUpn: () => '(sans UPN)',
  treeDisabled: () => ' (désactivé)',
  treeExternal: () => ' (externe)',
  treeUsers: (p) => `Utilisateurs (${p.count})`,
  treeGuests: (p) => `Invités (${p.count})`,
  treeSubscriptions: (p) => `Abonnements (${p.count})`,
  treeOwner: (p) => `propriétaire ${p.upn}`,
  treeCreatedBy: (p) => `créé par ${p.upn}`,
  treeLicenses: (p) => plural(p.count, 'licence', 'licences'),
  treeState: (p) => STATE_FR[p.state] ?? p.state,
  treeAtScope: (p) => ` à l’étendue ${p.scope}`,
  treeCounts: (p) =>
    [p.errors && plural(p.errors, 'erreur', 'erreurs'), p.warnings && plural(p.warnings, 'avertissement', 'avertissements')].filter(Boolean).join(', '),
} satisfies CliMessages;

export function cliMessagesFor(locale: Locale): CliMessages {
  return locale === 'fr' ? cliFr : cliEn;
}

/** The environment's language, by POSIX precedence: `LC_ALL`, then `LC_MESSAGES`, then `LANG`. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  return localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
