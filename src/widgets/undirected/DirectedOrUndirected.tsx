import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { Choice } from '../common/inputs/controls';
import { useStrings } from '../common/lang';
import { Tex } from '../common/math/Tex';
import { choiceBindings, noticeBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import {
  directedFactorisation,
  type Link,
  PAIRS,
  undirectedFactorisation,
  type VariableNames,
} from './directed/factorisation';
import { LinkGraph } from './directed/LinkGraph';
import { DIRECTED_STRINGS } from './directed/strings';
import './undirected.css';

const LINK = { kind: 'enum', values: ['none', 'forward', 'backward'], default: 'forward' } as const;

/** Parameter table. The default is the relay race: t₁ → t₂ → t₃, and no link between t₁ and t₃. */
export const DIRECTED_PARAMS = {
  mode: { kind: 'enum', values: ['directed', 'undirected'], default: 'directed' },
  example: { kind: 'enum', values: ['relay', 'cold'], default: 'relay' },
  link01: LINK,
  link12: LINK,
  link02: { ...LINK, default: 'none' },
} as const;

const LINK_PARAMS = ['link01', 'link12', 'link02'] as const;

/** Chapter 2: the relay race (arrows) against the cold (edges), and the factorisation each graph allows. */
export function DirectedOrUndirected() {
  const t = useStrings(DIRECTED_STRINGS);
  const state = useWidgetState(DIRECTED_PARAMS);
  const { mode, example } = state.values;
  const directed = mode === 'directed';
  const links: Link[] = LINK_PARAMS.map((name) => state.values[name]);
  const names: VariableNames =
    example === 'relay'
      ? { tex: t.presetNames.relay, text: t.presetNames.relayText }
      : { tex: t.presetNames.cold, text: t.presetNames.coldText };
  const words = example === 'relay' ? t.presetNames.relayWords : t.presetNames.coldWords;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the links are the three link parameters
  const result = useMemo(
    () => (directed ? directedFactorisation(names, links) : undirectedFactorisation(names, links)),
    [directed, example, state.values.link01, state.values.link12, state.values.link02, t],
  );

  const chooseExample = (next: 'relay' | 'cold') => {
    state.set('example', next);
    // Each example comes with its natural graph: the race is a chain of arrows, the cold two undirected edges.
    state.set('mode', next === 'relay' ? 'directed' : 'undirected');
    state.set('link01', 'forward');
    state.set('link12', 'forward');
    state.set('link02', 'none');
  };
  const linkOptions = (a: number, b: number) =>
    directed
      ? [
          { value: 'none' as const, label: t.none },
          { value: 'forward' as const, label: t.arrow(names.text[a], names.text[b]) },
          { value: 'backward' as const, label: t.arrow(names.text[b], names.text[a]) },
        ]
      : [
          { value: 'none' as const, label: t.none },
          { value: 'forward' as const, label: t.edge },
        ];

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={state.resetParams}
      {...noticeBindings(state)}
      controls={
        <>
          <Choice
            label={t.preset}
            options={[
              { value: 'relay', label: t.relay },
              { value: 'cold', label: t.cold },
            ]}
            value={example}
            onChange={chooseExample}
            param="example"
          />
          <Choice
            label={t.mode}
            options={[
              { value: 'directed', label: t.directed },
              { value: 'undirected', label: t.undirected },
            ]}
            {...choiceBindings(state, 'mode')}
          />
          {PAIRS.map(([a, b], k) => (
            <Choice
              key={LINK_PARAMS[k]}
              label={t.link(names.text[a], names.text[b])}
              options={linkOptions(a, b)}
              // In undirected mode an arrow either way is just an edge.
              value={!directed && links[k] === 'backward' ? 'forward' : links[k]}
              onChange={(value) => state.set(LINK_PARAMS[k], value)}
              param={LINK_PARAMS[k]}
            />
          ))}
        </>
      }
    >
      <LinkGraph
        links={links}
        directed={directed}
        symbols={names.text}
        words={words}
        onCycle={result.kind === 'cycle' ? result.cycle : []}
        title={t.graphTitle(directed ? t.directed : t.undirected)}
      />
      <div className="factorisation" data-testid="directed-factorisation">
        <p className="factorisation__label">{t.factorisation}</p>
        {result.kind === 'product' ? (
          <Tex tex={result.tex} fallback={result.text} display testId="directed-formula" />
        ) : (
          <p className="widget__warning" role="status" data-testid="directed-cycle">
            {t.cycle([...result.cycle, result.cycle[0]].map((v) => names.text[v]).join(' → '))}
          </p>
        )}
      </div>
    </Figure>
  );
}
