import type { Lang } from '../widgets/common/lang';

/** The landing page's prose in both languages. */
export const LANDING: Record<
  Lang,
  {
    lead: string;
    audienceTitle: string;
    audience: string[];
    mapTitle: string;
    mapIntro: string;
    pathTitle: string;
    path: string;
    usesTitle: string;
    usesIntro: string;
    uses: [string, string][];
  }
> = {
  en: {
    lead: 'Diffusion models make images, sounds and shapes by starting from pure noise and removing it step by step. This book builds the ideas underneath — from a pollen grain jittering in water to the sampler that reverses noise — and lets you run every experiment in your browser.',
    audienceTitle: 'Who it is for',
    audience: [
      'Students who know some calculus and probability and want to understand where diffusion models come from.',
      'Instructors who want live demonstrations to project in class: every figure has a projector mode and keyboard controls, and every setting can be shared as a link.',
      'Self-learners reading in order: each chapter uses only what came before.',
    ],
    mapTitle: 'The chapters',
    mapIntro: 'Seven chapters, from physics to probability and back:',
    pathTitle: 'How they lead to diffusion models',
    path: 'Brownian motion shows how order dissolves into noise. Undirected models, the partition function and energy-based models explain how to describe a distribution by an unnormalised probability, and why its normalising constant is so hard. Restricted Boltzmann machines are a first energy model you can train. Monte Carlo methods are how we compute with such models at all. Langevin dynamics joins the two threads: follow the gradient of the log-density and add noise, and you sample. Diffusion models run that idea backwards from noise.',
    usesTitle: 'Where diffusion models are used',
    usesIntro: 'The move from order to disorder and back is useful for almost any kind of data:',
    uses: [
      ['Audio', 'waveform and singing-voice synthesis, text to speech'],
      ['Speech enhancement', 'removing noise from recordings, upsampling audio'],
      ['Time series', 'probabilistic forecasting and filling in missing values'],
      ['3-D point clouds', 'generating, denoising and completing shapes'],
      ['Images', 'generation, super-resolution and editing'],
      ['Segmentation', 'outlining objects in images, e.g. in medical scans'],
      ['Translation and text', 'language generation and image-to-image translation'],
    ],
  },
  zh: {
    lead: '扩散模型从纯噪声出发，一步步去掉噪声，生成图像、声音和三维形状。本书从水中花粉颗粒的无规则运动讲起，一直讲到把噪声倒推回数据的采样器，把扩散模型背后的物理与概率思想逐一搭建起来；书中每一个实验都可以直接在浏览器里运行。',
    audienceTitle: '写给谁',
    audience: [
      '学过一些微积分和概率、想弄清扩散模型从何而来的学生。',
      '需要在课堂上投影演示的老师：每个图都有投影模式和键盘操作，每一组参数都能以链接分享。',
      '按顺序自学的读者：每一章只用到前面讲过的内容。',
    ],
    mapTitle: '各章内容',
    mapIntro: '全书七章，从物理到概率，再回到物理：',
    pathTitle: '它们如何通向扩散模型',
    path: '布朗运动展示了有序如何溶解为噪声。无向图模型、配分函数和能量模型说明怎样用未归一化概率描述一个分布，以及归一化常数为什么难算。受限玻尔兹曼机是第一个可以真正训练的能量模型。蒙特卡罗方法让我们能够对这类模型做计算。朗之万动力学把两条线索连在一起：沿着对数密度的梯度前进并加入噪声，就能采样。扩散模型则把这个过程从噪声出发倒着走一遍。',
    usesTitle: '扩散模型用在哪里',
    usesIntro: '从有序到无序、再从无序回到有序，这一思路几乎适用于任何类型的数据：',
    uses: [
      ['音频', '波形与歌声合成、文本转语音'],
      ['语音增强', '去除录音中的噪声、音频超分辨率'],
      ['时间序列', '概率预测与缺失值插补'],
      ['三维点云', '生成、去噪与补全形状'],
      ['图像', '生成、超分辨率与编辑'],
      ['图像分割', '勾勒图像中的目标，例如医学影像'],
      ['翻译与文本', '语言生成与图像到图像的转换'],
    ],
  },
};
