// Makes public/data/rbm-digits.json, the RBM chapter 5's "Draw and repair" ships with:
//   npm run train:rbm
// from the settings in src/core/rbm/pretrained.ts alone. tests/core/rbm/pretrained.test.ts retrains it and checks
// the file, so the shipped parameters are always reproducible.
import { readFileSync, writeFileSync } from 'node:fs';
import { binariseDigits, parseDigitsCsv } from '../src/core/rbm/digits';
import { pretrainedFileOf, trainPretrainedRbm } from '../src/core/rbm/pretrained';

const root = new URL('..', import.meta.url);
const digits = parseDigitsCsv(readFileSync(new URL('public/data/digits.csv', root), 'utf8'));
const started = performance.now();
const rbm = trainPretrainedRbm(binariseDigits(digits.images), digits.count);
const file = pretrainedFileOf(rbm);
const out = new URL('public/data/rbm-digits.json', root);
writeFileSync(out, `${JSON.stringify(file)}\n`);
console.log(
  `wrote ${out.pathname}: ${file.hidden} hidden units, ${file.settings.epochs} epochs in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
