import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { ComponentPropsWithRef, ReactNode } from 'react';

type AnchorBaseProps = AnchorProps & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>;

const RouterAnchor = createLink((props: AnchorBaseProps) => <Anchor {...props} />);

/** A Mantine Anchor that navigates with the router, typed against the route tree. */
export const AnchorLink: LinkComponent<(props: AnchorBaseProps) => ReactNode> = (props) => (
  <RouterAnchor preload="intent" {...props} />
);
