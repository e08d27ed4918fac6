import React from 'react';
import { Route, Routes } from 'react-router-dom';
import { AppRootProps } from '@grafana/data';

function App(_props: AppRootProps) {
  return (
    <Routes>
      <Route path="*" element={<p>Anomaly Lens</p>} />
    </Routes>
  );
}

export default App;
