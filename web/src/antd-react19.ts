import { unstableSetRender } from 'antd';
import { createRoot, type Root } from 'react-dom/client';

/**
 * antd 5 renders its effects and static pop-ups (button wave, message, Modal.confirm) with React
 * 18's legacy `render`, which React 19 removed; this gives it React 19's createRoot instead
 * (https://u.ant.design/v5-for-19; the same as @ant-design/v5-patch-for-react-19, without a package).
 */
type Container = (Element | DocumentFragment) & { tiendoRoot?: Root };

unstableSetRender((node, container) => {
  const target = container as Container;
  target.tiendoRoot ??= createRoot(target);
  const root = target.tiendoRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    target.tiendoRoot = undefined;
  };
});
