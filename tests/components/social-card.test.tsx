import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SocialCard } from '@/components/social-card';
import { SOCIAL_IMAGE } from '@/lib/web/metadata';
import { socialCards } from './examples';

const fontSize = (text: string) => screen.getByText(text).style.fontSize;

describe('SocialCard', () => {
  it('shows the site’s name, the title, the date and that the site is independent, at the card’s size', () => {
    const { container } = render(<SocialCard {...socialCards.short} />);
    expect(container).toHaveTextContent(/^Hanoi Convention GuideThe General Assembly adopts the Convention24 December 2024An independent guide, not an official UN or government site$/);
    const card = container.firstElementChild as HTMLElement;
    expect({ width: card.style.width, height: card.style.height }).toEqual({ width: `${SOCIAL_IMAGE.width}px`, height: `${SOCIAL_IMAGE.height}px` });
  });

  it('sets a long title smaller than a short one, so it fits in three lines', () => {
    render(<SocialCard {...socialCards.short} />);
    render(<SocialCard {...socialCards.longVietnamese} />);
    expect(parseFloat(fontSize(socialCards.longVietnamese.title))).toBeLessThan(parseFloat(fontSize(socialCards.short.title)));
  });
});
