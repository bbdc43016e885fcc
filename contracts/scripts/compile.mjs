// Compiles every src/main/solidity/**/*.sol with solc-js (npm `solc`, pinned in package.json)
// and writes <Name>.abi and <Name>.bin for each deployable contract to target/solidity/, where
// web3j codegen picks them up. Imports resolve from this module's sources and node_modules only,
// so the build never downloads a compiler or a library.
//
// Usage: node scripts/compile.mjs [sourceDir] [outputDir]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const moduleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.resolve(moduleDir, process.argv[2] ?? 'src/main/solidity');
const outputDir = path.resolve(moduleDir, process.argv[3] ?? 'target/solidity');
const nodeModules = path.join(moduleDir, 'node_modules');
const solc = createRequire(import.meta.url)('solc');

// Cancun: the newest fork both Arbitrum One/Sepolia (ArbOS 20+) and anvil run, and the
// oldest that OpenZeppelin 5.x needs (mcopy, transient storage in some utilities).
const EVM_VERSION = 'cancun';

function solidityFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return solidityFiles(full);
    return entry.name.endsWith('.sol') ? [full] : [];
  });
}

// Source unit names use '/' on every OS so metadata (and thus bytecode) is the same everywhere.
const unitName = (file) => path.relative(sourceDir, file).split(path.sep).join('/');

// solc asks for each import it cannot find among the given sources; only these two roots answer.
function findImport(importPath) {
  for (const root of [sourceDir, nodeModules]) {
    const candidate = path.resolve(root, importPath);
    if (candidate.startsWith(root + path.sep) && fs.existsSync(candidate)) {
      return { contents: fs.readFileSync(candidate, 'utf8') };
    }
  }
  return { error: `import not found in ${sourceDir} or ${nodeModules}: ${importPath}` };
}

function standardJsonInput(files) {
  const sources = Object.fromEntries(
    files.map((file) => [unitName(file), { content: fs.readFileSync(file, 'utf8') }]),
  );
  return {
    language: 'Solidity',
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: EVM_VERSION,
      outputSelection: { '*': { '': ['ast'], '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
}

function contractKinds(ast) {
  return new Map(
    ast.nodes
      .filter((node) => node.nodeType === 'ContractDefinition')
      .map((node) => [node.name, node.abstract ? 'abstract' : node.contractKind]),
  );
}

function writeArtifacts(input, output) {
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });
  const written = new Map();
  for (const unit of Object.keys(input.sources)) {
    const kinds = contractKinds(output.sources[unit].ast);
    for (const [name, contract] of Object.entries(output.contracts[unit] ?? {})) {
      // Interfaces, abstract contracts and libraries get no binding of their own.
      if (kinds.get(name) !== 'contract') continue;
      if (written.has(name)) {
        throw new Error(`contract ${name} is defined in both ${written.get(name)} and ${unit}`);
      }
      written.set(name, unit);
      fs.writeFileSync(path.join(outputDir, `${name}.abi`), JSON.stringify(contract.abi));
      fs.writeFileSync(path.join(outputDir, `${name}.bin`), contract.evm.bytecode.object);
    }
  }
  return [...written.keys()];
}

// solc warns (2394) wherever tstore appears. OpenZeppelin's TransientSlot uses it only for
// ReentrancyGuardTransient, whose slot is cleared before each guarded call returns: the case the
// warning itself calls safe. Warnings about our own sources are always shown.
const TRANSIENT_STORAGE_WARNING = '2394';
function isAcknowledged(diagnostic) {
  return diagnostic.severity === 'warning'
    && diagnostic.errorCode === TRANSIENT_STORAGE_WARNING
    && (diagnostic.sourceLocation?.file ?? '').startsWith('@openzeppelin/contracts/utils/TransientSlot.sol');
}

function main() {
  const files = fs.existsSync(sourceDir) ? solidityFiles(sourceDir).sort() : [];
  if (files.length === 0) throw new Error(`no .sol files under ${sourceDir}`);
  const input = standardJsonInput(files);
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));

  const diagnostics = (output.errors ?? []).filter((d) => !isAcknowledged(d));
  for (const d of diagnostics) console.error(d.formattedMessage ?? d.message);
  if (diagnostics.some((d) => d.severity === 'error')) {
    throw new Error('solc reported errors');
  }
  const names = writeArtifacts(input, output);
  console.log(`solc ${solc.version()} (evm ${EVM_VERSION}): ${files.length} source(s), `
    + `wrote ${names.join(', ') || 'no deployable contracts'} to ${outputDir}`);
}

try {
  main();
} catch (error) {
  console.error(`compile.mjs: ${error.message}`);
  process.exit(1);
}
