import { useMemo } from 'react';
import { FIELD_DOMAINS, unitIntervalFactor } from '../../core';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { snapToStep } from '../common/inputs/snapToStep';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, noticeBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { ClosedForm } from './domain/ClosedForm';
import { IndependentZ } from './domain/IndependentZ';
import { MarginalPlot } from './domain/MarginalPlot';
import { domainView } from './domain/model';
import { DOMAIN_STRINGS, DOMAIN_SYMBOLS } from './domain/strings';
import { ZAgreement } from './domain/ZAgreement';
import './domain/domain.css';
import './partition.css';

const B_STEP = 0.1;
const FIELD = { kind: 'number', min: -3, max: 3, step: B_STEP } as const;

/** Parameter table: the domain (the main control) and the three coefficients b₁, b₂, b₃. */
export const DOMAIN_PARAMS = {
  domain: { kind: 'enum', values: FIELD_DOMAINS, default: 'binary' },
  b1: { ...FIELD, default: 1 },
  b2: { ...FIELD, default: -0.5 },
  b3: { ...FIELD, default: 0 },
} as const;

const FIELD_PARAMS = ['b1', 'b2', 'b3'] as const;

/** The first variable's summary in closed form, to set beside the bars or the density drawn from the computation. */
function firstSummary(domain: 'binary' | 'spin' | 'unit', b1: number): number {
  if (domain === 'binary') return 1 / (1 + Math.exp(-b1));
  if (domain === 'spin') return Math.tanh(b1);
  return unitIntervalFactor(b1);
}

/** Chapter 3: the same p̃(x) = ∏ e^{b_i x_i} is a distribution on three domains and none at all on ℝ³. */
export function DomainDecides() {
  const t = useStrings(DOMAIN_STRINGS);
  const state = useWidgetState(DOMAIN_PARAMS);
  const { domain } = state.values;
  // On the slider's grid, so that b = 0 is exactly 0 (the limit case of [0, 1] and the two-sided verdict on ℝ).
  const b = FIELD_PARAMS.map((name) => snapToStep(state.values[name], B_STEP));
  const [b1, b2, b3] = b;
  // biome-ignore lint/correctness/useExhaustiveDependencies: b is rebuilt each render from b1, b2, b3
  const view = useMemo(() => domainView(b, domain), [b1, b2, b3, domain]);
  const kind = view.marginal.kind;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={state.resetParams}
      {...noticeBindings(state)}
      controls={
        <>
          <Choice
            label={t.domain}
            options={FIELD_DOMAINS.map((value) => ({ value, label: DOMAIN_SYMBOLS[value] }))}
            {...choiceBindings(state, 'domain')}
          />
          {FIELD_PARAMS.map((name, i) => {
            const bindings = sliderBindings(state, name);
            return (
              <Slider
                key={name}
                label={t.field(i + 1)}
                {...bindings}
                onChange={(value) => bindings.onChange(snapToStep(value, B_STEP))}
              />
            );
          })}
        </>
      }
    >
      <ClosedForm domain={domain} closed={view.closed} title={t.closedTitle} unitLimit={t.unitLimit} />
      <ZAgreement view={view} t={t} />
      <TwoColumns
        minWidth={640}
        left={
          <IndependentZ
            b={b}
            spins={domain === 'spin'}
            independent={view.independent}
            closed={view.closed}
            t={t}
          />
        }
        right={
          <>
            <MarginalPlot
              marginal={view.marginal}
              axes={t.marginalAxes[kind]}
              label={t.plotLabel(domain, formatNumber(b1, 3))}
              notADistribution={t.notADistribution}
            />
            {domain !== 'real' && (
              <Readout
                items={[
                  {
                    label: t.firstReadout[domain],
                    value: (
                      <span data-testid="domain-first">{formatNumber(firstSummary(domain, b1), 6)}</span>
                    ),
                  },
                ]}
              />
            )}
          </>
        }
      />
    </Figure>
  );
}
