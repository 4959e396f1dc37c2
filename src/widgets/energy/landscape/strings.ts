import type { ExpertKind } from '../../../core';
import { defineStrings, formatNumber } from '../../common/lang';
import type { PresetName } from './experts';

type KindNames = Record<ExpertKind, string>;
type PresetNames = Record<PresetName, string>;

/** The expert editor, shared by EnergyLandscape and LandscapeParticles. */
export const EDITOR_STRINGS = defineStrings({
  en: {
    kinds: { bowl: 'bowl', dip: 'dip', wall: 'wall', 'half-plane': 'half-plane' } as KindNames,
    presets: {
      'two-wells': 'two wells',
      ridge: 'ridge',
      corner: 'corner',
      'three-wells': 'three wells',
    } as PresetNames,
    preset: 'Preset',
    experts: 'Experts',
    number: '#',
    kind: 'Kind',
    position: 'Position',
    select: (i: number) => `Select expert ${i}`,
    remove: 'Remove',
    add: 'Add',
    addKind: 'Kind to add',
    strength: {
      bowl: 'width s',
      dip: 'depth a',
      wall: 'stiffness k',
      'half-plane': 'stiffness k',
    } as KindNames,
    angle: 'angle θ of the normal',
    selected: (i: number) => `Expert ${i}`,
    none: 'No experts: E = 0 everywhere.',
    handle: (i: number, kind: string, x: number, y: number) =>
      `Expert ${i}, ${kind} at (${formatNumber(x, 3)}, ${formatNumber(y, 3)}); arrow keys move it`,
    badExperts: 'experts',
  },
  zh: {
    kinds: { bowl: '碗', dip: '凹陷', wall: '墙', 'half-plane': '半平面' } as KindNames,
    presets: {
      'two-wells': '两个势阱',
      ridge: '山脊',
      corner: '角落',
      'three-wells': '三个势阱',
    } as PresetNames,
    preset: '预设',
    experts: '专家',
    number: '编号',
    kind: '类型',
    position: '位置',
    select: (i: number) => `选中专家 ${i}`,
    remove: '删除',
    add: '添加',
    addKind: '要添加的类型',
    strength: { bowl: '宽度 s', dip: '深度 a', wall: '刚度 k', 'half-plane': '刚度 k' } as KindNames,
    angle: '法向的角度 θ',
    selected: (i: number) => `专家 ${i}`,
    none: '没有专家：处处 E = 0。',
    handle: (i: number, kind: string, x: number, y: number) =>
      `专家 ${i}，${kind}，位于 (${formatNumber(x, 3)}, ${formatNumber(y, 3)})；方向键可移动`,
    badExperts: '专家',
  },
});

export const LANDSCAPE_STRINGS = defineStrings({
  en: {
    title: 'An energy landscape built from experts',
    caption:
      'Each expert adds a term to the energy E(x); the density is p(x) = exp(−E(x)/T)/Z. Drag the numbered handles (or focus one and use the arrow keys), change T, and compare the box with the whole plane.',
    temperature: 'Temperature T',
    domain: 'Domain',
    box: 'box [−3, 3]²',
    plane: 'whole plane ℝ²',
    energyLabel: 'Heat map of the energy E with contour lines',
    densityLabel: (T: number) => `Density exp(−E/T)/Z at T = ${formatNumber(T, 3)}`,
    energyTitle: 'Energy E(x)',
    densityTitle: 'Density p(x) = exp(−E/T)/Z',
    axes: ['x₁', 'x₂'] as [string, string],
    colourScale: 'E:',
    logZ: 'log Z',
    mass: 'P(within 0.5 of the minimum)',
    minimum: 'minimum of E on the box',
    at: 'at',
    stale: '…',
    diverges: 'diverges',
    divergence: (angles: string) =>
      `Z = ∞: no probability distribution exists. Nothing confines the energy along the direction ${angles} — E stays bounded there, so exp(−E/T) does not decay and its integral over the plane is infinite, at every temperature.`,
    everyDirection:
      'Z = ∞: no probability distribution exists. No expert confines any direction (dips are bounded), so exp(−E/T) does not decay anywhere at infinity.',
    or: ' or ',
  },
  zh: {
    title: '由专家搭建的能量景观',
    caption:
      '每个专家为能量 E(x) 加上一项；密度为 p(x) = exp(−E(x)/T)/Z。拖动带编号的控制点（或选中后用方向键），改变 T，并比较方框与整个平面。',
    temperature: '温度 T',
    domain: '定义域',
    box: '方框 [−3, 3]²',
    plane: '整个平面 ℝ²',
    energyLabel: '能量 E 的热图与等高线',
    densityLabel: (T: number) => `T = ${formatNumber(T, 3)} 时的密度 exp(−E/T)/Z`,
    energyTitle: '能量 E(x)',
    densityTitle: '密度 p(x) = exp(−E/T)/Z',
    axes: ['x₁', 'x₂'] as [string, string],
    colourScale: 'E：',
    logZ: 'log Z',
    mass: 'P（距最小值 0.5 以内）',
    minimum: '方框内 E 的最小值',
    at: '位于',
    stale: '…',
    diverges: '发散',
    divergence: (angles: string) =>
      `Z = ∞：不存在概率分布。沿方向 ${angles} 没有任何项约束能量——E 在该方向上保持有界，因此 exp(−E/T) 不衰减，它在整个平面上的积分为无穷大，与温度无关。`,
    everyDirection:
      'Z = ∞：不存在概率分布。没有专家约束任何方向（凹陷是有界的），所以 exp(−E/T) 在无穷远处处处不衰减。',
    or: ' 或 ',
  },
});
