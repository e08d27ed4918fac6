/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. Rows as Grafana's Loki data source returns them. */
export interface RecordedLokiRow {
  tsNs: string;
  line: string;
  labels: Record<string, string>;
  id: string;
}

export const bglLokiRows: RecordedLokiRow[] = [
  {
    tsNs: '1117838570675872000',
    line: '1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1117838570675872000_0',
  },
  {
    tsNs: '1117838573276129000',
    line: '1117838573 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.53.276129 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1117838573276129000_1',
  },
  {
    tsNs: '1117838976156884000',
    line: '1117838976 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.49.36.156884 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1117838976156884000_2',
  },
  {
    tsNs: '1117838978026704000',
    line: '1117838978 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.49.38.026704 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1117838978026704000_3',
  },
  {
    tsNs: '1117842440730545000',
    line: '1117842440 2005.06.03 R23-M0-NE-C:J05-U01 2005-06-03-16.47.20.730545 R23-M0-NE-C:J05-U01 RAS KERNEL INFO 63543 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R23-M0-NE-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1117842440730545000_4',
  },
  {
    tsNs: '1117842974254137000',
    line: '1117842974 2005.06.03 R24-M0-N1-C:J13-U11 2005-06-03-16.56.14.254137 R24-M0-N1-C:J13-U11 RAS KERNEL INFO 162 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-N1-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1117842974254137000_5',
  },
  {
    tsNs: '1117843015309974000',
    line: '1117843015 2005.06.03 R21-M1-N6-C:J08-U11 2005-06-03-16.56.55.309974 R21-M1-N6-C:J08-U11 RAS KERNEL INFO 141 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N6-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1117843015309974000_6',
  },
  {
    tsNs: '1117848119871925000',
    line: '1117848119 2005.06.03 R16-M1-N2-C:J17-U01 2005-06-03-18.21.59.871925 R16-M1-N2-C:J17-U01 RAS KERNEL INFO CE sym 2, at 0x0b85eee0, mask 0x05\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N2-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1117848119871925000_7',
  },
  {
    tsNs: '1117869872432192000',
    line: '1117869872 2005.06.04 R04-M1-N4-I:J18-U11 2005-06-04-00.24.32.432192 R04-M1-N4-I:J18-U11 RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to 172.16.96.116:33569\r',
    labels: {
      job: 'bgl',
      node: 'R04-M1-N4-I:J18-U11',
      service_name: 'bgl',
    },
    id: '1117869872432192000_8',
  },
  {
    tsNs: '1117869876222560000',
    line: '1117869876 2005.06.04 R27-M1-N4-I:J18-U01 2005-06-04-00.24.36.222560 R27-M1-N4-I:J18-U01 RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to 172.16.96.116:33370\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-N4-I:J18-U01',
      service_name: 'bgl',
    },
    id: '1117869876222560000_9',
  },
  {
    tsNs: '1117942120767551000',
    line: '1117942120 2005.06.04 R30-M0-N7-C:J08-U01 2005-06-04-20.28.40.767551 R30-M0-N7-C:J08-U01 RAS KERNEL INFO CE sym 20, at 0x1438f9e0, mask 0x40\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N7-C:J08-U01',
      service_name: 'bgl',
    },
    id: '1117942120767551000_10',
  },
  {
    tsNs: '1117955341903373000',
    line: '1117955341 2005.06.05 R25-M0-N7-C:J02-U01 2005-06-05-00.09.01.903373 R25-M0-N7-C:J02-U01 RAS KERNEL INFO generating core.2275\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-N7-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1117955341903373000_11',
  },
  {
    tsNs: '1117955392516674000',
    line: '1117955392 2005.06.05 R24-M1-N8-C:J09-U11 2005-06-05-00.09.52.516674 R24-M1-N8-C:J09-U11 RAS KERNEL INFO generating core.862\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N8-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1117955392516674000_12',
  },
  {
    tsNs: '1117956980945796000',
    line: '1117956980 2005.06.05 R24-M1-NB-C:J15-U11 2005-06-05-00.36.20.945796 R24-M1-NB-C:J15-U11 RAS KERNEL INFO generating core.728\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-NB-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1117956980945796000_13',
  },
  {
    tsNs: '1117957045012681000',
    line: '1117957045 2005.06.05 R20-M1-N8-C:J04-U01 2005-06-05-00.37.25.012681 R20-M1-N8-C:J04-U01 RAS KERNEL INFO generating core.775\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N8-C:J04-U01',
      service_name: 'bgl',
    },
    id: '1117957045012681000_14',
  },
  {
    tsNs: '1117959501778604000',
    line: '1117959501 2005.06.05 R24-M0-NE-C:J14-U11 2005-06-05-01.18.21.778604 R24-M0-NE-C:J14-U11 RAS KERNEL INFO generating core.3276\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-NE-C:J14-U11',
      service_name: 'bgl',
    },
    id: '1117959501778604000_15',
  },
  {
    tsNs: '1117959513830595000',
    line: '1117959513 2005.06.05 R21-M1-N2-C:J11-U01 2005-06-05-01.18.33.830595 R21-M1-N2-C:J11-U01 RAS KERNEL INFO generating core.1717\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N2-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1117959513830595000_16',
  },
  {
    tsNs: '1117959563822135000',
    line: '1117959563 2005.06.05 R24-M0-N8-C:J04-U11 2005-06-05-01.19.23.822135 R24-M0-N8-C:J04-U11 RAS KERNEL INFO generating core.3919\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-N8-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1117959563822135000_17',
  },
  {
    tsNs: '1117973759416717000',
    line: '1117973759 2005.06.05 R31-M0-NE-C:J05-U11 2005-06-05-05.15.59.416717 R31-M0-NE-C:J05-U11 RAS KERNEL INFO generating core.2079\r',
    labels: {
      job: 'bgl',
      node: 'R31-M0-NE-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1117973759416717000_18',
  },
  {
    tsNs: '1117973786686603000',
    line: '1117973786 2005.06.05 R36-M0-NA-C:J06-U01 2005-06-05-05.16.26.686603 R36-M0-NA-C:J06-U01 RAS KERNEL INFO generating core.1414\r',
    labels: {
      job: 'bgl',
      node: 'R36-M0-NA-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1117973786686603000_19',
  },
  {
    tsNs: '1117973919396608000',
    line: '1117973919 2005.06.05 R33-M0-N4-C:J02-U11 2005-06-05-05.18.39.396608 R33-M0-N4-C:J02-U11 RAS KERNEL INFO generating core.3055\r',
    labels: {
      job: 'bgl',
      node: 'R33-M0-N4-C:J02-U11',
      service_name: 'bgl',
    },
    id: '1117973919396608000_20',
  },
  {
    tsNs: '1117974206239153000',
    line: '1117974206 2005.06.05 R22-M0-ND-C:J10-U11 2005-06-05-05.23.26.239153 R22-M0-ND-C:J10-U11 RAS KERNEL INFO generating core.201\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-ND-C:J10-U11',
      service_name: 'bgl',
    },
    id: '1117974206239153000_21',
  },
  {
    tsNs: '1117974463336565000',
    line: '1117974463 2005.06.05 R27-M0-N6-C:J10-U01 2005-06-05-05.27.43.336565 R27-M0-N6-C:J10-U01 RAS KERNEL INFO generating core.1125\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N6-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1117974463336565000_22',
  },
  {
    tsNs: '1117975251726735000',
    line: '1117975251 2005.06.05 R26-M1-N8-C:J17-U11 2005-06-05-05.40.51.726735 R26-M1-N8-C:J17-U11 RAS KERNEL INFO generating core.412\r',
    labels: {
      job: 'bgl',
      node: 'R26-M1-N8-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1117975251726735000_23',
  },
  {
    tsNs: '1117976658406158000',
    line: '1117976658 2005.06.05 R36-M1-N8-C:J17-U01 2005-06-05-06.04.18.406158 R36-M1-N8-C:J17-U01 RAS KERNEL INFO generating core.7828\r',
    labels: {
      job: 'bgl',
      node: 'R36-M1-N8-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1117976658406158000_24',
  },
  {
    tsNs: '1117977497802159000',
    line: '1117977497 2005.06.05 R33-M1-NB-C:J06-U01 2005-06-05-06.18.17.802159 R33-M1-NB-C:J06-U01 RAS KERNEL INFO generating core.5570\r',
    labels: {
      job: 'bgl',
      node: 'R33-M1-NB-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1117977497802159000_25',
  },
  {
    tsNs: '1117979227157021000',
    line: '1117979227 2005.06.05 R01-M1-N7-C:J04-U11 2005-06-05-06.47.07.157021 R01-M1-N7-C:J04-U11 RAS KERNEL INFO generating core.8275\r',
    labels: {
      job: 'bgl',
      node: 'R01-M1-N7-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1117979227157021000_26',
  },
  {
    tsNs: '1117982609979844000',
    line: '1117982609 2005.06.05 R35-M1-NE-C:J05-U01 2005-06-05-07.43.29.979844 R35-M1-NE-C:J05-U01 RAS KERNEL INFO generating core.4183\r',
    labels: {
      job: 'bgl',
      node: 'R35-M1-NE-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1117982609979844000_27',
  },
  {
    tsNs: '1117984124281729000',
    line: '1117984124 2005.06.05 R36-M1-NF-C:J11-U01 2005-06-05-08.08.44.281729 R36-M1-NF-C:J11-U01 RAS KERNEL INFO generating core.6545\r',
    labels: {
      job: 'bgl',
      node: 'R36-M1-NF-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1117984124281729000_28',
  },
  {
    tsNs: '1117984130547117000',
    line: '1117984130 2005.06.05 R37-M1-NE-C:J13-U01 2005-06-05-08.08.50.547117 R37-M1-NE-C:J13-U01 RAS KERNEL INFO generating core.4245\r',
    labels: {
      job: 'bgl',
      node: 'R37-M1-NE-C:J13-U01',
      service_name: 'bgl',
    },
    id: '1117984130547117000_29',
  },
  {
    tsNs: '1117984216270131000',
    line: '1117984216 2005.06.05 R32-M1-N4-C:J16-U01 2005-06-05-08.10.16.270131 R32-M1-N4-C:J16-U01 RAS KERNEL INFO generating core.6884\r',
    labels: {
      job: 'bgl',
      node: 'R32-M1-N4-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1117984216270131000_30',
  },
  {
    tsNs: '1117984246344235000',
    line: '1117984246 2005.06.05 R30-M1-N3-C:J02-U01 2005-06-05-08.10.46.344235 R30-M1-N3-C:J02-U01 RAS KERNEL FATAL force load/store alignment...............0\r',
    labels: {
      job: 'bgl',
      node: 'R30-M1-N3-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1117984246344235000_31',
  },
  {
    tsNs: '1117985401873693000',
    line: '1117985401 2005.06.05 R34-M1-NE-C:J02-U01 2005-06-05-08.30.01.873693 R34-M1-NE-C:J02-U01 RAS KERNEL INFO generating core.6471\r',
    labels: {
      job: 'bgl',
      node: 'R34-M1-NE-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1117985401873693000_32',
  },
  {
    tsNs: '1117985413824307000',
    line: '1117985413 2005.06.05 R31-M1-N7-C:J05-U11 2005-06-05-08.30.13.824307 R31-M1-N7-C:J05-U11 RAS KERNEL INFO generating core.4155\r',
    labels: {
      job: 'bgl',
      node: 'R31-M1-N7-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1117985413824307000_33',
  },
  {
    tsNs: '1117985464464776000',
    line: '1117985464 2005.06.05 R32-M0-NF-C:J10-U01 2005-06-05-08.31.04.464776 R32-M0-NF-C:J10-U01 RAS KERNEL INFO generating core.449\r',
    labels: {
      job: 'bgl',
      node: 'R32-M0-NF-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1117985464464776000_34',
  },
  {
    tsNs: '1117985533659715000',
    line: '1117985533 2005.06.05 R34-M1-NC-C:J06-U11 2005-06-05-08.32.13.659715 R34-M1-NC-C:J06-U11 RAS KERNEL INFO generating core.6990\r',
    labels: {
      job: 'bgl',
      node: 'R34-M1-NC-C:J06-U11',
      service_name: 'bgl',
    },
    id: '1117985533659715000_35',
  },
  {
    tsNs: '1117985547814949000',
    line: '1117985547 2005.06.05 R31-M1-NC-C:J14-U11 2005-06-05-08.32.27.814949 R31-M1-NC-C:J14-U11 RAS KERNEL INFO generating core.4876\r',
    labels: {
      job: 'bgl',
      node: 'R31-M1-NC-C:J14-U11',
      service_name: 'bgl',
    },
    id: '1117985547814949000_36',
  },
  {
    tsNs: '1117987420673488000',
    line: '1117987420 2005.06.05 R37-M0-N7-C:J08-U11 2005-06-05-09.03.40.673488 R37-M0-N7-C:J08-U11 RAS KERNEL INFO generating core.2218\r',
    labels: {
      job: 'bgl',
      node: 'R37-M0-N7-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1117987420673488000_37',
  },
  {
    tsNs: '1117988266225683000',
    line: '1117988266 2005.06.05 R34-M1-NA-C:J07-U11 2005-06-05-09.17.46.225683 R34-M1-NA-C:J07-U11 RAS KERNEL INFO generating core.7518\r',
    labels: {
      job: 'bgl',
      node: 'R34-M1-NA-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1117988266225683000_38',
  },
  {
    tsNs: '1117988286694851000',
    line: '1117988286 2005.06.05 R33-M1-N8-C:J09-U11 2005-06-05-09.18.06.694851 R33-M1-N8-C:J09-U11 RAS KERNEL INFO generating core.5854\r',
    labels: {
      job: 'bgl',
      node: 'R33-M1-N8-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1117988286694851000_39',
  },
  {
    tsNs: '1117988416681318000',
    line: '1117988416 2005.06.05 R30-M1-N3-C:J10-U01 2005-06-05-09.20.16.681318 R30-M1-N3-C:J10-U01 RAS KERNEL INFO generating core.7457\r',
    labels: {
      job: 'bgl',
      node: 'R30-M1-N3-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1117988416681318000_40',
  },
  {
    tsNs: '1117988443944594000',
    line: '1117988443 2005.06.05 R32-M1-N5-C:J17-U01 2005-06-05-09.20.43.944594 R32-M1-N5-C:J17-U01 RAS KERNEL INFO generating core.6896\r',
    labels: {
      job: 'bgl',
      node: 'R32-M1-N5-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1117988443944594000_41',
  },
  {
    tsNs: '1117989483456120000',
    line: '1117989483 2005.06.05 R37-M0-N3-C:J14-U01 2005-06-05-09.38.03.456120 R37-M0-N3-C:J14-U01 RAS KERNEL INFO generating core.3488\r',
    labels: {
      job: 'bgl',
      node: 'R37-M0-N3-C:J14-U01',
      service_name: 'bgl',
    },
    id: '1117989483456120000_42',
  },
  {
    tsNs: '1117989508957918000',
    line: '1117989508 2005.06.05 R36-M0-NA-C:J17-U01 2005-06-05-09.38.28.957918 R36-M0-NA-C:J17-U01 RAS KERNEL INFO generating core.1172\r',
    labels: {
      job: 'bgl',
      node: 'R36-M0-NA-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1117989508957918000_43',
  },
  {
    tsNs: '1117989530430385000',
    line: '1117989530 2005.06.05 R33-M0-N6-C:J08-U11 2005-06-05-09.38.50.430385 R33-M0-N6-C:J08-U11 RAS KERNEL INFO generating core.2286\r',
    labels: {
      job: 'bgl',
      node: 'R33-M0-N6-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1117989530430385000_44',
  },
  {
    tsNs: '1117989577590924000',
    line: '1117989577 2005.06.05 R30-M0-ND-C:J07-U01 2005-06-05-09.39.37.590924 R30-M0-ND-C:J07-U01 RAS KERNEL INFO generating core.786\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-ND-C:J07-U01',
      service_name: 'bgl',
    },
    id: '1117989577590924000_45',
  },
  {
    tsNs: '1117989594210760000',
    line: '1117989594 2005.06.05 R35-M0-N5-C:J17-U11 2005-06-05-09.39.54.210760 R35-M0-N5-C:J17-U11 RAS KERNEL INFO generating core.2680\r',
    labels: {
      job: 'bgl',
      node: 'R35-M0-N5-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1117989594210760000_46',
  },
  {
    tsNs: '1117989601191177000',
    line: '1117989601 2005.06.05 R32-M0-N2-C:J15-U01 2005-06-05-09.40.01.191177 R32-M0-N2-C:J15-U01 RAS KERNEL INFO generating core.1524\r',
    labels: {
      job: 'bgl',
      node: 'R32-M0-N2-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1117989601191177000_47',
  },
  {
    tsNs: '1117989617352982000',
    line: '1117989617 2005.06.05 R35-M1-ND-C:J10-U11 2005-06-05-09.40.17.352982 R35-M1-ND-C:J10-U11 RAS KERNEL INFO generating core.4937\r',
    labels: {
      job: 'bgl',
      node: 'R35-M1-ND-C:J10-U11',
      service_name: 'bgl',
    },
    id: '1117989617352982000_48',
  },
  {
    tsNs: '1117990886040379000',
    line: '1117990886 2005.06.05 R36-M1-ND-C:J13-U01 2005-06-05-10.01.26.040379 R36-M1-ND-C:J13-U01 RAS KERNEL INFO generating core.6801\r',
    labels: {
      job: 'bgl',
      node: 'R36-M1-ND-C:J13-U01',
      service_name: 'bgl',
    },
    id: '1117990886040379000_49',
  },
  {
    tsNs: '1117990951242619000',
    line: '1117990951 2005.06.05 R31-M1-NF-C:J15-U01 2005-06-05-10.02.31.242619 R31-M1-NF-C:J15-U01 RAS KERNEL INFO generating core.4368\r',
    labels: {
      job: 'bgl',
      node: 'R31-M1-NF-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1117990951242619000_50',
  },
  {
    tsNs: '1117990980195528000',
    line: '1117990980 2005.06.05 R34-M0-ND-C:J03-U01 2005-06-05-10.03.00.195528 R34-M0-ND-C:J03-U01 RAS KERNEL INFO generating core.851\r',
    labels: {
      job: 'bgl',
      node: 'R34-M0-ND-C:J03-U01',
      service_name: 'bgl',
    },
    id: '1117990980195528000_51',
  },
  {
    tsNs: '1117991006884113000',
    line: '1117991006 2005.06.05 R32-M0-N9-C:J17-U01 2005-06-05-10.03.26.884113 R32-M0-N9-C:J17-U01 RAS KERNEL INFO generating core.1744\r',
    labels: {
      job: 'bgl',
      node: 'R32-M0-N9-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1117991006884113000_52',
  },
  {
    tsNs: '1117991046326828000',
    line: '1117991046 2005.06.05 R30-M0-N0-C:J17-U01 2005-06-05-10.04.06.326828 R30-M0-N0-C:J17-U01 RAS KERNEL INFO generating core.1588\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N0-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1117991046326828000_53',
  },
  {
    tsNs: '1117992519717587000',
    line: '1117992519 2005.06.05 R37-M1-N3-C:J05-U11 2005-06-05-10.28.39.717587 R37-M1-N3-C:J05-U11 RAS KERNEL INFO generating core.5307\r',
    labels: {
      job: 'bgl',
      node: 'R37-M1-N3-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1117992519717587000_54',
  },
  {
    tsNs: '1117992553196439000',
    line: '1117992553 2005.06.05 R30-M1-NB-C:J17-U11 2005-06-05-10.29.13.196439 R30-M1-NB-C:J17-U11 RAS KERNEL INFO generating core.7192\r',
    labels: {
      job: 'bgl',
      node: 'R30-M1-NB-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1117992553196439000_55',
  },
  {
    tsNs: '1118070512984716000',
    line: '1118070512 2005.06.06 R01-M1-NB-C:J03-U11 2005-06-06-08.08.32.984716 R01-M1-NB-C:J03-U11 RAS KERNEL INFO CE sym 20, at 0x01228120, mask 0x10\r',
    labels: {
      job: 'bgl',
      node: 'R01-M1-NB-C:J03-U11',
      service_name: 'bgl',
    },
    id: '1118070512984716000_56',
  },
  {
    tsNs: '1118070518414458000',
    line: '1118070518 2005.06.06 R01-M1-ND-C:J15-U11 2005-06-06-08.08.38.414458 R01-M1-ND-C:J15-U11 RAS KERNEL INFO CE sym 5, at 0x11042a80, mask 0x04\r',
    labels: {
      job: 'bgl',
      node: 'R01-M1-ND-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118070518414458000_57',
  },
  {
    tsNs: '1118079221093251000',
    line: '1118079221 2005.06.06 R02-M1-N0-C:J12-U11 2005-06-06-10.33.41.093251 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118079221093251000_58',
  },
  {
    tsNs: '1118079403705821000',
    line: '1118079403 2005.06.06 R02-M1-N0-C:J12-U11 2005-06-06-10.36.43.705821 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118079403705821000_59',
  },
  {
    tsNs: '1118080420701796000',
    line: '1118080420 2005.06.06 R02-M1-N0-C:J12-U11 2005-06-06-10.53.40.701796 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118080420701796000_60',
  },
  {
    tsNs: '1118080480382678000',
    line: '1118080480 2005.06.06 R02-M1-N0-C:J12-U11 2005-06-06-10.54.40.382678 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118080480382678000_61',
  },
  {
    tsNs: '1118080909223879000',
    line: '1118080909 2005.06.06 R02-M1-N0-C:J12-U11 2005-06-06-11.01.49.223879 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118080909223879000_62',
  },
  {
    tsNs: '1118081048452393000',
    line: '1118081048 2005.06.06 R02-M1-N0-C:J12-U11 2005-06-06-11.04.08.452393 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118081048452393000_63',
  },
  {
    tsNs: '1118081391751862000',
    line: '1118081391 2005.06.06 R02-M1-N0-C:J12-U11 2005-06-06-11.09.51.751862 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118081391751862000_64',
  },
  {
    tsNs: '1118081467787886000',
    line: '1118081467 2005.06.06 R02-M1-N0-C:J12-U11 2005-06-06-11.11.07.787886 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118081467787886000_65',
  },
  {
    tsNs: '1118112603669394000',
    line: '1118112603 2005.06.06 R22-M0-N0-C:J08-U11 2005-06-06-19.50.03.669394 R22-M0-N0-C:J08-U11 RAS KERNEL INFO generating core.430\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-N0-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1118112603669394000_66',
  },
  {
    tsNs: '1118112604552706000',
    line: '1118112604 2005.06.06 R22-M0-N4-C:J08-U11 2005-06-06-19.50.04.552706 R22-M0-N4-C:J08-U11 RAS KERNEL INFO generating core.174\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-N4-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1118112604552706000_67',
  },
  {
    tsNs: '1118112700376079000',
    line: '1118112700 2005.06.06 R23-M0-N0-I:J18-U01 2005-06-06-19.51.40.376079 R23-M0-N0-I:J18-U01 RAS KERNEL INFO ciod: cpu 0 at treeaddr 438 sent unrecognized message 0xffffffff\r',
    labels: {
      job: 'bgl',
      node: 'R23-M0-N0-I:J18-U01',
      service_name: 'bgl',
    },
    id: '1118112700376079000_68',
  },
  {
    tsNs: '1118114656345770000',
    line: '1118114656 2005.06.06 R24-M1-N9-C:J15-U01 2005-06-06-20.24.16.345770 R24-M1-N9-C:J15-U01 RAS KERNEL INFO generating core.976\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N9-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1118114656345770000_69',
  },
  {
    tsNs: '1118122888143013000',
    line: '1118122888 2005.06.06 R25-M1-N8-C:J06-U01 2005-06-06-22.41.28.143013 R25-M1-N8-C:J06-U01 RAS KERNEL INFO generating core.1990\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N8-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1118122888143013000_70',
  },
  {
    tsNs: '1118149549961844000',
    line: '1118149549 2005.06.07 R20-M0-N2-C:J09-U01 2005-06-07-06.05.49.961844 R20-M0-N2-C:J09-U01 RAS KERNEL INFO generating core.3638\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-N2-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118149549961844000_71',
  },
  {
    tsNs: '1118149569288228000',
    line: '1118149569 2005.06.07 R21-M0-NB-C:J06-U01 2005-06-07-06.06.09.288228 R21-M0-NB-C:J06-U01 RAS KERNEL INFO generating core.2690\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-NB-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1118149569288228000_72',
  },
  {
    tsNs: '1118149570391269000',
    line: '1118149570 2005.06.07 R24-M0-NA-C:J15-U11 2005-06-07-06.06.10.391269 R24-M0-NA-C:J15-U11 RAS KERNEL INFO generating core.3804\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-NA-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118149570391269000_73',
  },
  {
    tsNs: '1118149783355329000',
    line: '1118149783 2005.06.07 R20-M1-N5-C:J06-U01 2005-06-07-06.09.43.355329 R20-M1-N5-C:J06-U01 RAS KERNEL INFO generating core.418\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N5-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1118149783355329000_74',
  },
  {
    tsNs: '1118149821214757000',
    line: '1118149821 2005.06.07 R20-M1-N4-C:J09-U01 2005-06-07-06.10.21.214757 R20-M1-N4-C:J09-U01 RAS KERNEL INFO generating core.310\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N4-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118149821214757000_75',
  },
  {
    tsNs: '1118172013966416000',
    line: '1118172013 2005.06.07 R35-M0-N7-C:J10-U11 2005-06-07-12.20.13.966416 R35-M0-N7-C:J10-U11 RAS KERNEL INFO generating core.2409\r',
    labels: {
      job: 'bgl',
      node: 'R35-M0-N7-C:J10-U11',
      service_name: 'bgl',
    },
    id: '1118172013966416000_76',
  },
  {
    tsNs: '1118172017344136000',
    line: '1118172017 2005.06.07 R35-M1-NE-C:J09-U01 2005-06-07-12.20.17.344136 R35-M1-NE-C:J09-U01 RAS KERNEL INFO generating core.4182\r',
    labels: {
      job: 'bgl',
      node: 'R35-M1-NE-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118172017344136000_77',
  },
  {
    tsNs: '1118172099208896000',
    line: '1118172099 2005.06.07 R32-M1-N9-C:J11-U11 2005-06-07-12.21.39.208896 R32-M1-N9-C:J11-U11 RAS KERNEL INFO generating core.8153\r',
    labels: {
      job: 'bgl',
      node: 'R32-M1-N9-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118172099208896000_78',
  },
  {
    tsNs: '1118172125196450000',
    line: '1118172125 2005.06.07 R36-M1-N8-C:J17-U11 2005-06-07-12.22.05.196450 R36-M1-N8-C:J17-U11 RAS KERNEL INFO generating core.7836\r',
    labels: {
      job: 'bgl',
      node: 'R36-M1-N8-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1118172125196450000_79',
  },
  {
    tsNs: '1118172147613809000',
    line: '1118172147 2005.06.07 R35-M0-NC-C:J03-U11 2005-06-07-12.22.27.613809 R35-M0-NC-C:J03-U11 RAS KERNEL INFO generating core.2911\r',
    labels: {
      job: 'bgl',
      node: 'R35-M0-NC-C:J03-U11',
      service_name: 'bgl',
    },
    id: '1118172147613809000_80',
  },
  {
    tsNs: '1118172690918396000',
    line: '1118172690 2005.06.07 R35-M0-N5-C:J10-U11 2005-06-07-12.31.30.918396 R35-M0-N5-C:J10-U11 RAS KERNEL INFO generating core.2921\r',
    labels: {
      job: 'bgl',
      node: 'R35-M0-N5-C:J10-U11',
      service_name: 'bgl',
    },
    id: '1118172690918396000_81',
  },
  {
    tsNs: '1118183497435791000',
    line: '1118183497 2005.06.07 R34-M0-N7-C:J09-U11 2005-06-07-15.31.37.435791 R34-M0-N7-C:J09-U11 RAS KERNEL INFO generating core.122\r',
    labels: {
      job: 'bgl',
      node: 'R34-M0-N7-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1118183497435791000_82',
  },
  {
    tsNs: '1118183566334191000',
    line: '1118183566 2005.06.07 R36-M0-N0-C:J11-U01 2005-06-07-15.32.46.334191 R36-M0-N0-C:J11-U01 RAS KERNEL INFO generating core.1973\r',
    labels: {
      job: 'bgl',
      node: 'R36-M0-N0-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1118183566334191000_83',
  },
  {
    tsNs: '1118193358583443000',
    line: '1118193358 2005.06.07 R11-M0-NC-I:J18-U01 2005-06-07-18.15.58.583443 R11-M0-NC-I:J18-U01 RAS APP FATAL ciod: LOGIN chdir(/p/gb2/glosli/8M_5000K/t800) failed: No such file or directory\r',
    labels: {
      job: 'bgl',
      node: 'R11-M0-NC-I:J18-U01',
      service_name: 'bgl',
    },
    id: '1118193358583443000_84',
  },
  {
    tsNs: '1118207879587113000',
    line: '1118207879 2005.06.07 R17-M1-N7-C:J15-U11 2005-06-07-22.17.59.587113 R17-M1-N7-C:J15-U11 RAS KERNEL INFO generating core.4984\r',
    labels: {
      job: 'bgl',
      node: 'R17-M1-N7-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118207879587113000_85',
  },
  {
    tsNs: '1118207897203831000',
    line: '1118207897 2005.06.07 R16-M1-NC-C:J06-U11 2005-06-07-22.18.17.203831 R16-M1-NC-C:J06-U11 RAS KERNEL INFO generating core.1822\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-NC-C:J06-U11',
      service_name: 'bgl',
    },
    id: '1118207897203831000_86',
  },
  {
    tsNs: '1118251556322381000',
    line: '1118251556 2005.06.08 R16-M1-N2-C:J12-U01 2005-06-08-10.25.56.322381 R16-M1-N2-C:J12-U01 RAS KERNEL INFO CE sym 28, at 0x110067e0, mask 0x02\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N2-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1118251556322381000_87',
  },
  {
    tsNs: '1118271740600478000',
    line: '1118271740 2005.06.08 R03-M1-N9-C:J09-U11 2005-06-08-16.02.20.600478 R03-M1-N9-C:J09-U11 RAS KERNEL INFO 1 ddr errors(s) detected and corrected on rank 0, symbol 25, bit 1\r',
    labels: {
      job: 'bgl',
      node: 'R03-M1-N9-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1118271740600478000_88',
  },
  {
    tsNs: '1118285722798062000',
    line: '1118285722 2005.06.08 R15-M1-N6-C:J04-U11 2005-06-08-19.55.22.798062 R15-M1-N6-C:J04-U11 RAS KERNEL INFO CE sym 14, at 0x06047860, mask 0x20\r',
    labels: {
      job: 'bgl',
      node: 'R15-M1-N6-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1118285722798062000_89',
  },
  {
    tsNs: '1118290076397001000',
    line: '1118290076 2005.06.08 R27-M0-ND-C:J10-U01 2005-06-08-21.07.56.397001 R27-M0-ND-C:J10-U01 RAS KERNEL INFO generating core.3265\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-ND-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1118290076397001000_90',
  },
  {
    tsNs: '1118290077879112000',
    line: '1118290077 2005.06.08 R27-M1-N6-C:J04-U01 2005-06-08-21.07.57.879112 R27-M1-N6-C:J04-U01 RAS KERNEL INFO generating core.2599\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-N6-C:J04-U01',
      service_name: 'bgl',
    },
    id: '1118290077879112000_91',
  },
  {
    tsNs: '1118292507952411000',
    line: '1118292507 2005.06.08 R26-M0-NB-C:J09-U11 2005-06-08-21.48.27.952411 R26-M0-NB-C:J09-U11 RAS KERNEL INFO generating core.1818\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-NB-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1118292507952411000_92',
  },
  {
    tsNs: '1118301090925676000',
    line: '1118301090 2005.06.09 R21-M1-NA-C:J07-U11 2005-06-09-00.11.30.925676 R21-M1-NA-C:J07-U11 RAS KERNEL INFO generating core.1694\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-NA-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1118301090925676000_93',
  },
  {
    tsNs: '1118343776706796000',
    line: '1118343776 2005.06.09 R16-M1-N1-C:J12-U01 2005-06-09-12.02.56.706796 R16-M1-N1-C:J12-U01 RAS KERNEL INFO generating core.3401\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N1-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1118343776706796000_94',
  },
  {
    tsNs: '1118343816113136000',
    line: '1118343816 2005.06.09 R07-M1-NE-C:J06-U01 2005-06-09-12.03.36.113136 R07-M1-NE-C:J06-U01 RAS KERNEL INFO generating core.25350\r',
    labels: {
      job: 'bgl',
      node: 'R07-M1-NE-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1118343816113136000_95',
  },
  {
    tsNs: '1118343958258567000',
    line: '1118343958 2005.06.09 R23-M1-NA-C:J17-U11 2005-06-09-12.05.58.258567 R23-M1-NA-C:J17-U11 RAS KERNEL INFO generating core.1820\r',
    labels: {
      job: 'bgl',
      node: 'R23-M1-NA-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1118343958258567000_96',
  },
  {
    tsNs: '1118351098329635000',
    line: '1118351098 2005.06.09 R16-M1-N2-C:J17-U01 2005-06-09-14.04.58.329635 R16-M1-N2-C:J17-U01 RAS KERNEL INFO CE sym 2, at 0x1b85f080, mask 0x02\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N2-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1118351098329635000_97',
  },
  {
    tsNs: '1118354046957120000',
    line: '1118354046 2005.06.09 R24-M1-N6-C:J07-U11 2005-06-09-14.54.06.957120 R24-M1-N6-C:J07-U11 RAS KERNEL INFO generating core.254\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N6-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1118354046957120000_98',
  },
  {
    tsNs: '1118354070103580000',
    line: '1118354070 2005.06.09 R25-M1-N8-C:J05-U11 2005-06-09-14.54.30.103580 R25-M1-N8-C:J05-U11 RAS KERNEL INFO generating core.1887\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N8-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1118354070103580000_99',
  },
  {
    tsNs: '1118363168386218000',
    line: '1118363168 2005.06.09 R16-M1-N2-C:J17-U01 2005-06-09-17.26.08.386218 R16-M1-N2-C:J17-U01 RAS KERNEL INFO CE sym 2, at 0x1b85fe80, mask 0x02\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N2-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1118363168386218000_100',
  },
  {
    tsNs: '1118371043866536000',
    line: '1118371043 2005.06.09 R11-M0-N7-C:J16-U11 2005-06-09-19.37.23.866536 R11-M0-N7-C:J16-U11 RAS KERNEL INFO generating core.8280\r',
    labels: {
      job: 'bgl',
      node: 'R11-M0-N7-C:J16-U11',
      service_name: 'bgl',
    },
    id: '1118371043866536000_101',
  },
  {
    tsNs: '1118371064455502000',
    line: '1118371064 2005.06.09 R00-M1-N6-C:J12-U01 2005-06-09-19.37.44.455502 R00-M1-N6-C:J12-U01 RAS KERNEL INFO generating core.12357\r',
    labels: {
      job: 'bgl',
      node: 'R00-M1-N6-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1118371064455502000_102',
  },
  {
    tsNs: '1118536327581048000',
    line: '1118536327 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.32.07.581048 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118536327581048000_103',
  },
  {
    tsNs: '1118536959794840000',
    line: '1118536959 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.42.39.794840 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118536959794840000_104',
  },
  {
    tsNs: '1118537212020435000',
    line: '1118537212 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.46.52.020435 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118537212020435000_105',
  },
  {
    tsNs: '1118537261103595000',
    line: '1118537261 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.47.41.103595 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118537261103595000_106',
  },
  {
    tsNs: '1118537622323869000',
    line: '1118537622 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.53.42.323869 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118537622323869000_107',
  },
  {
    tsNs: '1118537694024829000',
    line: '1118537694 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.54.54.024829 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118537694024829000_108',
  },
  {
    tsNs: '1118538129666558000',
    line: '1118538129 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.02.09.666558 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118538129666558000_109',
  },
  {
    tsNs: '1118538182884252000',
    line: '1118538182 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.03.02.884252 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118538182884252000_110',
  },
  {
    tsNs: '1118538836287869000',
    line: '1118538836 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.13.56.287869 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118538836287869000_111',
  },
  {
    tsNs: '1118539141277745000',
    line: '1118539141 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.19.01.277745 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118539141277745000_112',
  },
  {
    tsNs: '1118539342630540000',
    line: '1118539342 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.22.22.630540 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118539342630540000_113',
  },
  {
    tsNs: '1118539682964604000',
    line: '1118539682 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.28.02.964604 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118539682964604000_114',
  },
  {
    tsNs: '1118539891276036000',
    line: '1118539891 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.31.31.276036 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118539891276036000_115',
  },
  {
    tsNs: '1118540457217361000',
    line: '1118540457 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.40.57.217361 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118540457217361000_116',
  },
  {
    tsNs: '1118541065246165000',
    line: '1118541065 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.51.05.246165 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118541065246165000_117',
  },
  {
    tsNs: '1118541373781741000',
    line: '1118541373 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-18.56.13.781741 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118541373781741000_118',
  },
  {
    tsNs: '1118541965431824000',
    line: '1118541965 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.06.05.431824 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118541965431824000_119',
  },
  {
    tsNs: '1118542012571964000',
    line: '1118542012 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.06.52.571964 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118542012571964000_120',
  },
  {
    tsNs: '1118542376115636000',
    line: '1118542376 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.12.56.115636 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118542376115636000_121',
  },
  {
    tsNs: '1118543043186547000',
    line: '1118543043 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.24.03.186547 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118543043186547000_122',
  },
  {
    tsNs: '1118543085991034000',
    line: '1118543085 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.24.45.991034 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118543085991034000_123',
  },
  {
    tsNs: '1118543420585330000',
    line: '1118543420 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.30.20.585330 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118543420585330000_124',
  },
  {
    tsNs: '1118543510792512000',
    line: '1118543510 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.31.50.792512 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118543510792512000_125',
  },
  {
    tsNs: '1118543547820915000',
    line: '1118543547 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.32.27.820915 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118543547820915000_126',
  },
  {
    tsNs: '1118543583793426000',
    line: '1118543583 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.33.03.793426 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118543583793426000_127',
  },
  {
    tsNs: '1118543955873091000',
    line: '1118543955 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.39.15.873091 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118543955873091000_128',
  },
  {
    tsNs: '1118544072806499000',
    line: '1118544072 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.41.12.806499 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118544072806499000_129',
  },
  {
    tsNs: '1118544523752466000',
    line: '1118544523 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.48.43.752466 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118544523752466000_130',
  },
  {
    tsNs: '1118544625307011000',
    line: '1118544625 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.50.25.307011 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118544625307011000_131',
  },
  {
    tsNs: '1118544942506216000',
    line: '1118544942 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.55.42.506216 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118544942506216000_132',
  },
  {
    tsNs: '1118545027898567000',
    line: '1118545027 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-19.57.07.898567 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118545027898567000_133',
  },
  {
    tsNs: '1118545623218292000',
    line: '1118545623 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-20.07.03.218292 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118545623218292000_134',
  },
  {
    tsNs: '1118545700603096000',
    line: '1118545700 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-20.08.20.603096 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118545700603096000_135',
  },
  {
    tsNs: '1118548457510380000',
    line: '1118548457 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-20.54.17.510380 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118548457510380000_136',
  },
  {
    tsNs: '1118548933585407000',
    line: '1118548933 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.02.13.585407 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118548933585407000_137',
  },
  {
    tsNs: '1118549132007991000',
    line: '1118549132 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.05.32.007991 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118549132007991000_138',
  },
  {
    tsNs: '1118549466535786000',
    line: '1118549466 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.11.06.535786 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118549466535786000_139',
  },
  {
    tsNs: '1118549852188993000',
    line: '1118549852 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.17.32.188993 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118549852188993000_140',
  },
  {
    tsNs: '1118549971616037000',
    line: '1118549971 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.19.31.616037 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118549971616037000_141',
  },
  {
    tsNs: '1118550514864892000',
    line: '1118550514 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.28.34.864892 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118550514864892000_142',
  },
  {
    tsNs: '1118550590731558000',
    line: '1118550590 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.29.50.731558 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118550590731558000_143',
  },
  {
    tsNs: '1118550729069241000',
    line: '1118550729 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.32.09.069241 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118550729069241000_144',
  },
  {
    tsNs: '1118550833535990000',
    line: '1118550833 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.33.53.535990 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118550833535990000_145',
  },
  {
    tsNs: '1118551483496547000',
    line: '1118551483 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.44.43.496547 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118551483496547000_146',
  },
  {
    tsNs: '1118552349406185000',
    line: '1118552349 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-21.59.09.406185 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118552349406185000_147',
  },
  {
    tsNs: '1118552553858708000',
    line: '1118552553 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.02.33.858708 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118552553858708000_148',
  },
  {
    tsNs: '1118552691794882000',
    line: '1118552691 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.04.51.794882 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118552691794882000_149',
  },
  {
    tsNs: '1118552811501364000',
    line: '1118552811 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.06.51.501364 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118552811501364000_150',
  },
  {
    tsNs: '1118552875838589000',
    line: '1118552875 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.07.55.838589 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118552875838589000_151',
  },
  {
    tsNs: '1118553263973994000',
    line: '1118553263 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.14.23.973994 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118553263973994000_152',
  },
  {
    tsNs: '1118553888384418000',
    line: '1118553888 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.24.48.384418 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118553888384418000_153',
  },
  {
    tsNs: '1118554196837444000',
    line: '1118554196 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.29.56.837444 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118554196837444000_154',
  },
  {
    tsNs: '1118554603913043000',
    line: '1118554603 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.36.43.913043 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118554603913043000_155',
  },
  {
    tsNs: '1118554838175497000',
    line: '1118554838 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.40.38.175497 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118554838175497000_156',
  },
  {
    tsNs: '1118555213485059000',
    line: '1118555213 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.46.53.485059 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118555213485059000_157',
  },
  {
    tsNs: '1118555299442753000',
    line: '1118555299 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.48.19.442753 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118555299442753000_158',
  },
  {
    tsNs: '1118555531070355000',
    line: '1118555531 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-22.52.11.070355 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118555531070355000_159',
  },
  {
    tsNs: '1118556754701151000',
    line: '1118556754 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-23.12.34.701151 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118556754701151000_160',
  },
  {
    tsNs: '1118557291495365000',
    line: '1118557291 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-23.21.31.495365 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118557291495365000_161',
  },
  {
    tsNs: '1118557583330548000',
    line: '1118557583 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-23.26.23.330548 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R30-M0-N9-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118557583330548000_162',
  },
  {
    tsNs: '1118686962601119000',
    line: '1118686962 2005.06.13 R26-M0-NB-C:J07-U01 2005-06-13-11.22.42.601119 R26-M0-NB-C:J07-U01 RAS KERNEL INFO CE sym 10, at 0x08d10580, mask 0x08\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-NB-C:J07-U01',
      service_name: 'bgl',
    },
    id: '1118686962601119000_163',
  },
  {
    tsNs: '1118699850126106000',
    line: '1118699850 2005.06.13 R22-M0-NC-I:J18-U01 2005-06-13-14.57.30.126106 R22-M0-NC-I:J18-U01 RAS KERNEL INFO ciod: Message code 0 is not 51 or 4294967295\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-NC-I:J18-U01',
      service_name: 'bgl',
    },
    id: '1118699850126106000_164',
  },
  {
    tsNs: '1118709403927885000',
    line: '1118709403 2005.06.13 R10-M1-N5-C:J15-U11 2005-06-13-17.36.43.927885 R10-M1-N5-C:J15-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R10-M1-N5-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118709403927885000_165',
  },
  {
    tsNs: '1118709482756042000',
    line: '1118709482 2005.06.13 R16-M0-NB-C:J07-U11 2005-06-13-17.38.02.756042 R16-M0-NB-C:J07-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R16-M0-NB-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1118709482756042000_166',
  },
  {
    tsNs: '1118709549591793000',
    line: '1118709549 2005.06.13 R15-M0-N9-C:J05-U11 2005-06-13-17.39.09.591793 R15-M0-N9-C:J05-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R15-M0-N9-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1118709549591793000_167',
  },
  {
    tsNs: '1118709578100643000',
    line: '1118709578 2005.06.13 R13-M1-N2-C:J17-U01 2005-06-13-17.39.38.100643 R13-M1-N2-C:J17-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R13-M1-N2-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1118709578100643000_168',
  },
  {
    tsNs: '1118709681634261000',
    line: '1118709681 2005.06.13 R01-M1-NA-C:J13-U01 2005-06-13-17.41.21.634261 R01-M1-NA-C:J13-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R01-M1-NA-C:J13-U01',
      service_name: 'bgl',
    },
    id: '1118709681634261000_169',
  },
  {
    tsNs: '1118709681662328000',
    line: '1118709681 2005.06.13 R01-M1-NA-C:J09-U01 2005-06-13-17.41.21.662328 R01-M1-NA-C:J09-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R01-M1-NA-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118709681662328000_170',
  },
  {
    tsNs: '1118709717658353000',
    line: '1118709717 2005.06.13 R05-M0-N7-C:J10-U11 2005-06-13-17.41.57.658353 R05-M0-N7-C:J10-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R05-M0-N7-C:J10-U11',
      service_name: 'bgl',
    },
    id: '1118709717658353000_171',
  },
  {
    tsNs: '1118709851050768000',
    line: '1118709851 2005.06.13 R02-M0-N0-C:J10-U01 2005-06-13-17.44.11.050768 R02-M0-N0-C:J10-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R02-M0-N0-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1118709851050768000_172',
  },
  {
    tsNs: '1118709955674418000',
    line: '1118709955 2005.06.13 R10-M0-N1-C:J17-U11 2005-06-13-17.45.55.674418 R10-M0-N1-C:J17-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R10-M0-N1-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1118709955674418000_173',
  },
  {
    tsNs: '1118709996623273000',
    line: '1118709996 2005.06.13 R12-M1-NB-C:J09-U01 2005-06-13-17.46.36.623273 R12-M1-NB-C:J09-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R12-M1-NB-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118709996623273000_174',
  },
  {
    tsNs: '1118710134474557000',
    line: '1118710134 2005.06.13 R04-M1-N1-C:J11-U11 2005-06-13-17.48.54.474557 R04-M1-N1-C:J11-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R04-M1-N1-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118710134474557000_175',
  },
  {
    tsNs: '1118710233240802000',
    line: '1118710233 2005.06.13 R01-M0-NE-C:J17-U11 2005-06-13-17.50.33.240802 R01-M0-NE-C:J17-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R01-M0-NE-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1118710233240802000_176',
  },
  {
    tsNs: '1118710289224900000',
    line: '1118710289 2005.06.13 R16-M0-N8-C:J02-U11 2005-06-13-17.51.29.224900 R16-M0-N8-C:J02-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R16-M0-N8-C:J02-U11',
      service_name: 'bgl',
    },
    id: '1118710289224900000_177',
  },
  {
    tsNs: '1118710341811586000',
    line: '1118710341 2005.06.13 R02-M0-N8-C:J08-U11 2005-06-13-17.52.21.811586 R02-M0-N8-C:J08-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R02-M0-N8-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1118710341811586000_178',
  },
  {
    tsNs: '1118710403965757000',
    line: '1118710403 2005.06.13 R06-M0-N8-C:J13-U11 2005-06-13-17.53.23.965757 R06-M0-N8-C:J13-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R06-M0-N8-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118710403965757000_179',
  },
  {
    tsNs: '1118732642552133000',
    line: '1118732642 2005.06.14 R33-M0-NF-C:J07-U11 2005-06-14-00.04.02.552133 R33-M0-NF-C:J07-U11 RAS KERNEL INFO generating core.2522\r',
    labels: {
      job: 'bgl',
      node: 'R33-M0-NF-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1118732642552133000_180',
  },
  {
    tsNs: '1118758243523299000',
    line: '1118758243 2005.06.14 R36-M0-N0-C:J04-U11 2005-06-14-07.10.43.523299 R36-M0-N0-C:J04-U11 RAS KERNEL INFO generating core.1711\r',
    labels: {
      job: 'bgl',
      node: 'R36-M0-N0-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1118758243523299000_181',
  },
  {
    tsNs: '1118758269281175000',
    line: '1118758269 2005.06.14 R31-M0-NE-C:J15-U11 2005-06-14-07.11.09.281175 R31-M0-NE-C:J15-U11 RAS KERNEL INFO generating core.2332\r',
    labels: {
      job: 'bgl',
      node: 'R31-M0-NE-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118758269281175000_182',
  },
  {
    tsNs: '1118758278222056000',
    line: '1118758278 2005.06.14 R37-M1-NF-C:J11-U11 2005-06-14-07.11.18.222056 R37-M1-NF-C:J11-U11 RAS KERNEL INFO generating core.4505\r',
    labels: {
      job: 'bgl',
      node: 'R37-M1-NF-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118758278222056000_183',
  },
  {
    tsNs: '1118758308689764000',
    line: '1118758308 2005.06.14 R32-M0-N3-C:J11-U01 2005-06-14-07.11.48.689764 R32-M0-N3-C:J11-U01 RAS KERNEL INFO generating core.1521\r',
    labels: {
      job: 'bgl',
      node: 'R32-M0-N3-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1118758308689764000_184',
  },
  {
    tsNs: '1118765205752792000',
    line: '1118765205 2005.06.14 R15-M1-NF-C:J11-U11 2005-06-14-09.06.45.752792 R15-M1-NF-C:J11-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R15-M1-NF-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118765205752792000_185',
  },
  {
    tsNs: '1118765277162326000',
    line: '1118765277 2005.06.14 R12-M0-N2-C:J11-U01 2005-06-14-09.07.57.162326 R12-M0-N2-C:J11-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R12-M0-N2-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1118765277162326000_186',
  },
  {
    tsNs: '1118765328339582000',
    line: '1118765328 2005.06.14 R14-M0-N2-C:J02-U01 2005-06-14-09.08.48.339582 R14-M0-N2-C:J02-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R14-M0-N2-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1118765328339582000_187',
  },
  {
    tsNs: '1118765360459609000',
    line: '1118765360 2005.06.14 R04-M0-ND-C:J15-U01 2005-06-14-09.09.20.459609 R04-M0-ND-C:J15-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R04-M0-ND-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1118765360459609000_188',
  },
  {
    tsNs: '1118765370138103000',
    line: '1118765370 2005.06.14 R01-M1-N6-C:J15-U11 2005-06-14-09.09.30.138103 R01-M1-N6-C:J15-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R01-M1-N6-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118765370138103000_189',
  },
  {
    tsNs: '1118765511127157000',
    line: '1118765511 2005.06.14 R06-M0-N7-C:J08-U01 2005-06-14-09.11.51.127157 R06-M0-N7-C:J08-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R06-M0-N7-C:J08-U01',
      service_name: 'bgl',
    },
    id: '1118765511127157000_190',
  },
  {
    tsNs: '1118765631017266000',
    line: '1118765631 2005.06.14 R12-M1-NC-C:J13-U11 2005-06-14-09.13.51.017266 R12-M1-NC-C:J13-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R12-M1-NC-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118765631017266000_191',
  },
  {
    tsNs: '1118765631996954000',
    line: '1118765631 2005.06.14 R06-M0-N0-C:J11-U11 2005-06-14-09.13.51.996954 R06-M0-N0-C:J11-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R06-M0-N0-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118765631996954000_192',
  },
  {
    tsNs: '1118765676498843000',
    line: '1118765676 2005.06.14 R16-M1-N2-C:J07-U01 2005-06-14-09.14.36.498843 R16-M1-N2-C:J07-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N2-C:J07-U01',
      service_name: 'bgl',
    },
    id: '1118765676498843000_193',
  },
  {
    tsNs: '1118765746266882000',
    line: '1118765746 2005.06.14 R17-M1-N1-C:J12-U11 2005-06-14-09.15.46.266882 R17-M1-N1-C:J12-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R17-M1-N1-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118765746266882000_194',
  },
  {
    tsNs: '1118765795364588000',
    line: '1118765795 2005.06.14 R16-M1-N9-C:J16-U11 2005-06-14-09.16.35.364588 R16-M1-N9-C:J16-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N9-C:J16-U11',
      service_name: 'bgl',
    },
    id: '1118765795364588000_195',
  },
  {
    tsNs: '1118765825516605000',
    line: '1118765825 2005.06.14 R13-M0-NA-C:J15-U01 2005-06-14-09.17.05.516605 R13-M0-NA-C:J15-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R13-M0-NA-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1118765825516605000_196',
  },
  {
    tsNs: '1118765858154403000',
    line: '1118765858 2005.06.14 R11-M0-N7-C:J10-U01 2005-06-14-09.17.38.154403 R11-M0-N7-C:J10-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R11-M0-N7-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1118765858154403000_197',
  },
  {
    tsNs: '1118766090885300000',
    line: '1118766090 2005.06.14 R00-M0-N0-C:J13-U11 2005-06-14-09.21.30.885300 R00-M0-N0-C:J13-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R00-M0-N0-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118766090885300000_198',
  },
  {
    tsNs: '1118766119021659000',
    line: '1118766119 2005.06.14 R02-M1-NC-C:J08-U11 2005-06-14-09.21.59.021659 R02-M1-NC-C:J08-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-NC-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1118766119021659000_199',
  },
  {
    tsNs: '1118766139720208000',
    line: '1118766139 2005.06.14 R07-M0-NC-C:J10-U01 2005-06-14-09.22.19.720208 R07-M0-NC-C:J10-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R07-M0-NC-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1118766139720208000_200',
  },
  {
    tsNs: '1118766804217741000',
    line: '1118766804 2005.06.14 R24-M1-N0-C:J16-U01 2005-06-14-09.33.24.217741 R24-M1-N0-C:J16-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N0-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118766804217741000_201',
  },
  {
    tsNs: '1118766833107913000',
    line: '1118766833 2005.06.14 R24-M1-ND-C:J11-U11 2005-06-14-09.33.53.107913 R24-M1-ND-C:J11-U11 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-ND-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118766833107913000_202',
  },
  {
    tsNs: '1118766935569986000',
    line: '1118766935 2005.06.14 R20-M1-NC-C:J05-U01 2005-06-14-09.35.35.569986 R20-M1-NC-C:J05-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-NC-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1118766935569986000_203',
  },
  {
    tsNs: '1118767015370589000',
    line: '1118767015 2005.06.14 R24-M1-N3-C:J16-U01 2005-06-14-09.36.55.370589 R24-M1-N3-C:J16-U01 RAS KERNEL FATAL data address: 0x00000002\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N3-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118767015370589000_204',
  },
  {
    tsNs: '1118767049304192000',
    line: '1118767049 2005.06.14 R25-M1-N3-C:J16-U01 2005-06-14-09.37.29.304192 R25-M1-N3-C:J16-U01 RAS KERNEL FATAL data address: 0x00000002\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N3-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118767049304192000_205',
  },
  {
    tsNs: '1118767283815131000',
    line: '1118767283 2005.06.14 R20-M1-N3-C:J14-U01 2005-06-14-09.41.23.815131 R20-M1-N3-C:J14-U01 RAS KERNEL FATAL machine check: i-fetch......................0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N3-C:J14-U01',
      service_name: 'bgl',
    },
    id: '1118767283815131000_206',
  },
  {
    tsNs: '1118767320555171000',
    line: '1118767320 2005.06.14 R25-M1-N9-C:J06-U11 2005-06-14-09.42.00.555171 R25-M1-N9-C:J06-U11 RAS KERNEL FATAL machine check: i-fetch......................0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N9-C:J06-U11',
      service_name: 'bgl',
    },
    id: '1118767320555171000_207',
  },
  {
    tsNs: '1118767381478244000',
    line: '1118767381 2005.06.14 R20-M0-N2-C:J13-U11 2005-06-14-09.43.01.478244 R20-M0-N2-C:J13-U11 RAS KERNEL FATAL program interrupt: illegal instruction......0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-N2-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118767381478244000_208',
  },
  {
    tsNs: '1118767897041158000',
    line: '1118767897 2005.06.14 R20-M0-NE-C:J02-U01 2005-06-14-09.51.37.041158 R20-M0-NE-C:J02-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-NE-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1118767897041158000_209',
  },
  {
    tsNs: '1118767942295234000',
    line: '1118767942 2005.06.14 R25-M0-NB-C:J02-U11 2005-06-14-09.52.22.295234 R25-M0-NB-C:J02-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-NB-C:J02-U11',
      service_name: 'bgl',
    },
    id: '1118767942295234000_210',
  },
  {
    tsNs: '1118767955590523000',
    line: '1118767955 2005.06.14 R11-M1-N6-C:J12-U01 2005-06-14-09.52.35.590523 R11-M1-N6-C:J12-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R11-M1-N6-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1118767955590523000_211',
  },
  {
    tsNs: '1118767965933587000',
    line: '1118767965 2005.06.14 R24-M1-N6-C:J13-U01 2005-06-14-09.52.45.933587 R24-M1-N6-C:J13-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N6-C:J13-U01',
      service_name: 'bgl',
    },
    id: '1118767965933587000_212',
  },
  {
    tsNs: '1118768001013029000',
    line: '1118768001 2005.06.14 R07-M1-N2-C:J05-U11 2005-06-14-09.53.21.013029 R07-M1-N2-C:J05-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R07-M1-N2-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1118768001013029000_213',
  },
  {
    tsNs: '1118768017560823000',
    line: '1118768017 2005.06.14 R21-M1-NB-C:J12-U01 2005-06-14-09.53.37.560823 R21-M1-NB-C:J12-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-NB-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1118768017560823000_214',
  },
  {
    tsNs: '1118768044393973000',
    line: '1118768044 2005.06.14 R05-M1-NB-C:J07-U11 2005-06-14-09.54.04.393973 R05-M1-NB-C:J07-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R05-M1-NB-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1118768044393973000_215',
  },
  {
    tsNs: '1118768070228119000',
    line: '1118768070 2005.06.14 R24-M1-N7-C:J08-U01 2005-06-14-09.54.30.228119 R24-M1-N7-C:J08-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N7-C:J08-U01',
      service_name: 'bgl',
    },
    id: '1118768070228119000_216',
  },
  {
    tsNs: '1118768087139055000',
    line: '1118768087 2005.06.14 R16-M0-N4-C:J02-U11 2005-06-14-09.54.47.139055 R16-M0-N4-C:J02-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R16-M0-N4-C:J02-U11',
      service_name: 'bgl',
    },
    id: '1118768087139055000_217',
  },
  {
    tsNs: '1118768111455484000',
    line: '1118768111 2005.06.14 R20-M1-N7-C:J16-U01 2005-06-14-09.55.11.455484 R20-M1-N7-C:J16-U01 RAS KERNEL FATAL data address: 0x00000002\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N7-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118768111455484000_218',
  },
  {
    tsNs: '1118768121391576000',
    line: '1118768121 2005.06.14 R03-M1-N8-C:J13-U11 2005-06-14-09.55.21.391576 R03-M1-N8-C:J13-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R03-M1-N8-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118768121391576000_219',
  },
  {
    tsNs: '1118768158097920000',
    line: '1118768158 2005.06.14 R25-M0-NF-C:J05-U01 2005-06-14-09.55.58.097920 R25-M0-NF-C:J05-U01 RAS KERNEL FATAL data address: 0x00000002\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-NF-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1118768158097920000_220',
  },
  {
    tsNs: '1118768162974678000',
    line: '1118768162 2005.06.14 R25-M0-ND-C:J04-U01 2005-06-14-09.56.02.974678 R25-M0-ND-C:J04-U01 RAS KERNEL FATAL data address: 0x00000002\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-ND-C:J04-U01',
      service_name: 'bgl',
    },
    id: '1118768162974678000_221',
  },
  {
    tsNs: '1118768178293090000',
    line: '1118768178 2005.06.14 R06-M1-NC-C:J11-U01 2005-06-14-09.56.18.293090 R06-M1-NC-C:J11-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R06-M1-NC-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1118768178293090000_222',
  },
  {
    tsNs: '1118768186940016000',
    line: '1118768186 2005.06.14 R24-M1-N6-C:J11-U01 2005-06-14-09.56.26.940016 R24-M1-N6-C:J11-U01 RAS KERNEL FATAL data address: 0x00000002\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N6-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1118768186940016000_223',
  },
  {
    tsNs: '1118768357720736000',
    line: '1118768357 2005.06.14 R25-M0-N3-C:J13-U11 2005-06-14-09.59.17.720736 R25-M0-N3-C:J13-U11 RAS KERNEL FATAL machine check: i-fetch......................0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-N3-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118768357720736000_224',
  },
  {
    tsNs: '1118769323940275000',
    line: '1118769323 2005.06.14 R20-M0-ND-C:J15-U11 2005-06-14-10.15.23.940275 R20-M0-ND-C:J15-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-ND-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118769323940275000_225',
  },
  {
    tsNs: '1118769408088109000',
    line: '1118769408 2005.06.14 R25-M1-NF-C:J16-U01 2005-06-14-10.16.48.088109 R25-M1-NF-C:J16-U01 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-NF-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118769408088109000_226',
  },
  {
    tsNs: '1118769443235674000',
    line: '1118769443 2005.06.14 R21-M0-NC-C:J13-U11 2005-06-14-10.17.23.235674 R21-M0-NC-C:J13-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-NC-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118769443235674000_227',
  },
  {
    tsNs: '1118769444504094000',
    line: '1118769444 2005.06.14 R21-M0-N4-C:J05-U11 2005-06-14-10.17.24.504094 R21-M0-N4-C:J05-U11 RAS KERNEL FATAL data storage interrupt\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-N4-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1118769444504094000_228',
  },
  {
    tsNs: '1118769450392758000',
    line: '1118769450 2005.06.14 R26-M0-N9-C:J12-U01 2005-06-14-10.17.30.392758 R26-M0-N9-C:J12-U01 RAS KERNEL FATAL data address: 0x00000002\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N9-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1118769450392758000_229',
  },
  {
    tsNs: '1118769489061481000',
    line: '1118769489 2005.06.14 R20-M0-N3-C:J06-U01 2005-06-14-10.18.09.061481 R20-M0-N3-C:J06-U01 RAS KERNEL FATAL instruction address: 0x00004ed8\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-N3-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1118769489061481000_230',
  },
  {
    tsNs: '1118769530161104000',
    line: '1118769530 2005.06.14 R27-M1-NA-C:J16-U11 2005-06-14-10.18.50.161104 R27-M1-NA-C:J16-U11 RAS KERNEL FATAL exception syndrome register: 0x00800000\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-NA-C:J16-U11',
      service_name: 'bgl',
    },
    id: '1118769530161104000_231',
  },
  {
    tsNs: '1118769561829677000',
    line: '1118769561 2005.06.14 R26-M0-N4-C:J16-U01 2005-06-14-10.19.21.829677 R26-M0-N4-C:J16-U01 RAS KERNEL FATAL exception syndrome register: 0x00800000\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N4-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118769561829677000_232',
  },
  {
    tsNs: '1118769562998644000',
    line: '1118769562 2005.06.14 R26-M0-N0-C:J04-U11 2005-06-14-10.19.22.998644 R26-M0-N0-C:J04-U11 RAS KERNEL FATAL exception syndrome register: 0x00800000\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N0-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1118769562998644000_233',
  },
  {
    tsNs: '1118769574342222000',
    line: '1118769574 2005.06.14 R26-M1-NC-C:J13-U11 2005-06-14-10.19.34.342222 R26-M1-NC-C:J13-U11 RAS KERNEL FATAL exception syndrome register: 0x00800000\r',
    labels: {
      job: 'bgl',
      node: 'R26-M1-NC-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118769574342222000_234',
  },
  {
    tsNs: '1118769649630306000',
    line: '1118769649 2005.06.14 R26-M0-N5-C:J08-U01 2005-06-14-10.20.49.630306 R26-M0-N5-C:J08-U01 RAS KERNEL FATAL program interrupt: illegal instruction......0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N5-C:J08-U01',
      service_name: 'bgl',
    },
    id: '1118769649630306000_235',
  },
  {
    tsNs: '1118769697752462000',
    line: '1118769697 2005.06.14 R26-M0-N0-C:J02-U01 2005-06-14-10.21.37.752462 R26-M0-N0-C:J02-U01 RAS KERNEL FATAL program interrupt: illegal instruction......0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N0-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1118769697752462000_236',
  },
  {
    tsNs: '1118769705802128000',
    line: '1118769705 2005.06.14 R21-M1-N4-C:J10-U01 2005-06-14-10.21.45.802128 R21-M1-N4-C:J10-U01 RAS KERNEL FATAL data address: 0x00000002\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N4-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1118769705802128000_237',
  },
  {
    tsNs: '1118769811130281000',
    line: '1118769811 2005.06.14 R25-M1-N3-C:J16-U01 2005-06-14-10.23.31.130281 R25-M1-N3-C:J16-U01 RAS KERNEL FATAL exception syndrome register: 0x00800000\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N3-C:J16-U01',
      service_name: 'bgl',
    },
    id: '1118769811130281000_238',
  },
  {
    tsNs: '1118769984461952000',
    line: '1118769984 2005.06.14 R20-M1-N8-C:J08-U11 2005-06-14-10.26.24.461952 R20-M1-N8-C:J08-U11 RAS KERNEL FATAL machine check: i-fetch......................0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N8-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1118769984461952000_239',
  },
  {
    tsNs: '1118769991242578000',
    line: '1118769991 2005.06.14 R26-M0-NA-C:J04-U11 2005-06-14-10.26.31.242578 R26-M0-NA-C:J04-U11 RAS KERNEL FATAL data store interrupt caused by dcbf.........0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-NA-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1118769991242578000_240',
  },
  {
    tsNs: '1118769993758477000',
    line: '1118769993 2005.06.14 R20-M0-N4-C:J15-U01 2005-06-14-10.26.33.758477 R20-M0-N4-C:J15-U01 RAS KERNEL FATAL machine check: i-fetch......................0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-N4-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1118769993758477000_241',
  },
  {
    tsNs: '1118769997865134000',
    line: '1118769997 2005.06.14 R26-M0-N2-C:J05-U01 2005-06-14-10.26.37.865134 R26-M0-N2-C:J05-U01 RAS KERNEL FATAL data store interrupt caused by dcbf.........0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N2-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1118769997865134000_242',
  },
  {
    tsNs: '1118770028151309000',
    line: '1118770028 2005.06.14 R20-M0-ND-C:J05-U01 2005-06-14-10.27.08.151309 R20-M0-ND-C:J05-U01 RAS KERNEL FATAL program interrupt: illegal instruction......0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-ND-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1118770028151309000_243',
  },
  {
    tsNs: '1118770101217840000',
    line: '1118770101 2005.06.14 R21-M1-N6-C:J03-U11 2005-06-14-10.28.21.217840 R21-M1-N6-C:J03-U11 RAS KERNEL FATAL program interrupt: illegal instruction......0\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N6-C:J03-U11',
      service_name: 'bgl',
    },
    id: '1118770101217840000_244',
  },
  {
    tsNs: '1118770227419268000',
    line: '1118770227 2005.06.14 R25-M1-N6-C:J15-U11 2005-06-14-10.30.27.419268 R25-M1-N6-C:J15-U11 RAS KERNEL FATAL program interrupt: privileged instruction...0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N6-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118770227419268000_245',
  },
  {
    tsNs: '1118770236559680000',
    line: '1118770236 2005.06.14 R25-M1-N3-C:J14-U11 2005-06-14-10.30.36.559680 R25-M1-N3-C:J14-U11 RAS KERNEL FATAL program interrupt: privileged instruction...0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N3-C:J14-U11',
      service_name: 'bgl',
    },
    id: '1118770236559680000_246',
  },
  {
    tsNs: '1118770309464584000',
    line: '1118770309 2005.06.14 R20-M1-NB-C:J03-U11 2005-06-14-10.31.49.464584 R20-M1-NB-C:J03-U11 RAS KERNEL FATAL program interrupt: trap instruction.........0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-NB-C:J03-U11',
      service_name: 'bgl',
    },
    id: '1118770309464584000_247',
  },
  {
    tsNs: '1118770375359107000',
    line: '1118770375 2005.06.14 R27-M0-N3-C:J15-U01 2005-06-14-10.32.55.359107 R27-M0-N3-C:J15-U01 RAS KERNEL FATAL program interrupt: imprecise exception......0\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N3-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1118770375359107000_248',
  },
  {
    tsNs: '1118770603928442000',
    line: '1118770603 2005.06.14 R24-M1-NE-C:J15-U11 2005-06-14-10.36.43.928442 R24-M1-NE-C:J15-U11 RAS KERNEL FATAL store operation.............................1\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-NE-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118770603928442000_249',
  },
  {
    tsNs: '1118770625332040000',
    line: '1118770625 2005.06.14 R20-M0-NF-C:J07-U01 2005-06-14-10.37.05.332040 R20-M0-NF-C:J07-U01 RAS KERNEL FATAL store operation.............................1\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-NF-C:J07-U01',
      service_name: 'bgl',
    },
    id: '1118770625332040000_250',
  },
  {
    tsNs: '1118770646925212000',
    line: '1118770646 2005.06.14 R27-M1-N9-C:J11-U11 2005-06-14-10.37.26.925212 R27-M1-N9-C:J11-U11 RAS KERNEL FATAL machine state register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-N9-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118770646925212000_251',
  },
  {
    tsNs: '1118770918776391000',
    line: '1118770918 2005.06.14 R24-M0-N5-C:J05-U01 2005-06-14-10.41.58.776391 R24-M0-N5-C:J05-U01 RAS KERNEL FATAL data store interrupt caused by icbi.........0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-N5-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1118770918776391000_252',
  },
  {
    tsNs: '1118770954598602000',
    line: '1118770954 2005.06.14 R26-M0-N4-C:J15-U11 2005-06-14-10.42.34.598602 R26-M0-N4-C:J15-U11 RAS KERNEL FATAL problem state (0=sup,1=usr).......0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N4-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118770954598602000_253',
  },
  {
    tsNs: '1118770989420211000',
    line: '1118770989 2005.06.14 R21-M1-N4-C:J17-U11 2005-06-14-10.43.09.420211 R21-M1-N4-C:J17-U11 RAS KERNEL FATAL data store interrupt caused by icbi.........0\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N4-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1118770989420211000_254',
  },
  {
    tsNs: '1118771001406138000',
    line: '1118771001 2005.06.14 R25-M0-N8-C:J16-U11 2005-06-14-10.43.21.406138 R25-M0-N8-C:J16-U11 RAS KERNEL FATAL data store interrupt caused by icbi.........0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-N8-C:J16-U11',
      service_name: 'bgl',
    },
    id: '1118771001406138000_255',
  },
  {
    tsNs: '1118771001582308000',
    line: '1118771001 2005.06.14 R26-M1-NF-C:J11-U11 2005-06-14-10.43.21.582308 R26-M1-NF-C:J11-U11 RAS KERNEL FATAL floating point instr. enabled.....1\r',
    labels: {
      job: 'bgl',
      node: 'R26-M1-NF-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118771001582308000_256',
  },
  {
    tsNs: '1118771007316459000',
    line: '1118771007 2005.06.14 R27-M0-N2-C:J12-U11 2005-06-14-10.43.27.316459 R27-M0-N2-C:J12-U11 RAS KERNEL FATAL floating point instr. enabled.....1\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N2-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118771007316459000_257',
  },
  {
    tsNs: '1118771014293126000',
    line: '1118771014 2005.06.14 R27-M1-NF-C:J03-U11 2005-06-14-10.43.34.293126 R27-M1-NF-C:J03-U11 RAS KERNEL FATAL floating point instr. enabled.....1\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-NF-C:J03-U11',
      service_name: 'bgl',
    },
    id: '1118771014293126000_258',
  },
  {
    tsNs: '1118771075353282000',
    line: '1118771075 2005.06.14 R24-M0-NF-C:J09-U01 2005-06-14-10.44.35.353282 R24-M0-NF-C:J09-U01 RAS KERNEL FATAL auxiliary processor.........................0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-NF-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118771075353282000_259',
  },
  {
    tsNs: '1118771085851799000',
    line: '1118771085 2005.06.14 R27-M1-ND-C:J09-U01 2005-06-14-10.44.45.851799 R27-M1-ND-C:J09-U01 RAS KERNEL FATAL machine check enable..............0\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-ND-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118771085851799000_260',
  },
  {
    tsNs: '1118771098632865000',
    line: '1118771098 2005.06.14 R26-M1-N4-C:J13-U11 2005-06-14-10.44.58.632865 R26-M1-N4-C:J13-U11 RAS KERNEL FATAL machine check enable..............0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M1-N4-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118771098632865000_261',
  },
  {
    tsNs: '1118771115849740000',
    line: '1118771115 2005.06.14 R26-M0-N5-C:J11-U11 2005-06-14-10.45.15.849740 R26-M0-N5-C:J11-U11 RAS KERNEL FATAL floating pt ex mode 0 enable......0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N5-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118771115849740000_262',
  },
  {
    tsNs: '1118771259811377000',
    line: '1118771259 2005.06.14 R24-M0-NA-C:J16-U11 2005-06-14-10.47.39.811377 R24-M0-NA-C:J16-U11 RAS KERNEL FATAL program interrupt: unimplemented operation..0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-NA-C:J16-U11',
      service_name: 'bgl',
    },
    id: '1118771259811377000_263',
  },
  {
    tsNs: '1118771302614188000',
    line: '1118771302 2005.06.14 R27-M1-N8-C:J09-U11 2005-06-14-10.48.22.614188 R27-M1-N8-C:J09-U11 RAS KERNEL FATAL debug interrupt enable............0\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-N8-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1118771302614188000_264',
  },
  {
    tsNs: '1118771330649332000',
    line: '1118771330 2005.06.14 R26-M1-N6-C:J05-U01 2005-06-14-10.48.50.649332 R26-M1-N6-C:J05-U01 RAS KERNEL FATAL floating pt ex mode 1 enable......0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M1-N6-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1118771330649332000_265',
  },
  {
    tsNs: '1118771384238733000',
    line: '1118771384 2005.06.14 R21-M1-N6-C:J13-U11 2005-06-14-10.49.44.238733 R21-M1-N6-C:J13-U11 RAS KERNEL FATAL byte ordering exception.....................0\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N6-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118771384238733000_266',
  },
  {
    tsNs: '1118771409563848000',
    line: '1118771409 2005.06.14 R20-M1-N8-C:J15-U11 2005-06-14-10.50.09.563848 R20-M1-N8-C:J15-U11 RAS KERNEL FATAL byte ordering exception.....................0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N8-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118771409563848000_267',
  },
  {
    tsNs: '1118771469848118000',
    line: '1118771469 2005.06.14 R27-M1-N9-C:J03-U01 2005-06-14-10.51.09.848118 R27-M1-N9-C:J03-U01 RAS KERNEL FATAL data address space................0\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-N9-C:J03-U01',
      service_name: 'bgl',
    },
    id: '1118771469848118000_268',
  },
  {
    tsNs: '1118771475744393000',
    line: '1118771475 2005.06.14 R26-M1-NA-C:J06-U01 2005-06-14-10.51.15.744393 R26-M1-NA-C:J06-U01 RAS KERNEL FATAL data address space................0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M1-NA-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1118771475744393000_269',
  },
  {
    tsNs: '1118771516234430000',
    line: '1118771516 2005.06.14 R25-M0-N6-C:J14-U11 2005-06-14-10.51.56.234430 R25-M0-N6-C:J14-U11 RAS KERNEL FATAL program interrupt: imprecise exception......0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-N6-C:J14-U11',
      service_name: 'bgl',
    },
    id: '1118771516234430000_270',
  },
  {
    tsNs: '1118771528434393000',
    line: '1118771528 2005.06.14 R26-M0-NF-C:J15-U01 2005-06-14-10.52.08.434393 R26-M0-NF-C:J15-U01 RAS KERNEL FATAL core configuration register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-NF-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1118771528434393000_271',
  },
  {
    tsNs: '1118771568343774000',
    line: '1118771568 2005.06.14 R25-M1-N0-C:J07-U11 2005-06-14-10.52.48.343774 R25-M1-N0-C:J07-U11 RAS KERNEL FATAL program interrupt: imprecise exception......0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N0-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1118771568343774000_272',
  },
  {
    tsNs: '1118771679063056000',
    line: '1118771679 2005.06.14 R21-M1-N5-C:J05-U11 2005-06-14-10.54.39.063056 R21-M1-N5-C:J05-U11 RAS KERNEL FATAL program interrupt: fp cr update.............0\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N5-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1118771679063056000_273',
  },
  {
    tsNs: '1118771823800229000',
    line: '1118771823 2005.06.14 R26-M1-ND-C:J05-U11 2005-06-14-10.57.03.800229 R26-M1-ND-C:J05-U11 RAS KERNEL FATAL guaranteed instruction cache block touch.0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M1-ND-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1118771823800229000_274',
  },
  {
    tsNs: '1118771847640707000',
    line: '1118771847 2005.06.14 R26-M0-N8-C:J03-U01 2005-06-14-10.57.27.640707 R26-M0-N8-C:J03-U01 RAS KERNEL FATAL guaranteed instruction cache block touch.0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N8-C:J03-U01',
      service_name: 'bgl',
    },
    id: '1118771847640707000_275',
  },
  {
    tsNs: '1118771875166387000',
    line: '1118771875 2005.06.14 R20-M1-NB-C:J11-U11 2005-06-14-10.57.55.166387 R20-M1-NB-C:J11-U11 RAS KERNEL FATAL program interrupt: fp cr field .............0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-NB-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1118771875166387000_276',
  },
  {
    tsNs: '1118771909332156000',
    line: '1118771909 2005.06.14 R24-M1-N5-C:J09-U01 2005-06-14-10.58.29.332156 R24-M1-N5-C:J09-U01 RAS KERNEL FATAL program interrupt: fp cr field .............0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N5-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118771909332156000_277',
  },
  {
    tsNs: '1118771917145331000',
    line: '1118771917 2005.06.14 R24-M0-N2-C:J04-U01 2005-06-14-10.58.37.145331 R24-M0-N2-C:J04-U01 RAS KERNEL FATAL program interrupt: fp cr field .............0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-N2-C:J04-U01',
      service_name: 'bgl',
    },
    id: '1118771917145331000_278',
  },
  {
    tsNs: '1118771928336960000',
    line: '1118771928 2005.06.14 R27-M1-N4-C:J05-U11 2005-06-14-10.58.48.336960 R27-M1-N4-C:J05-U11 RAS KERNEL FATAL guaranteed data cache block touch........1\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-N4-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1118771928336960000_279',
  },
  {
    tsNs: '1118771934996783000',
    line: '1118771934 2005.06.14 R24-M0-ND-C:J02-U11 2005-06-14-10.58.54.996783 R24-M0-ND-C:J02-U11 RAS KERNEL FATAL program interrupt: fp cr field .............0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-ND-C:J02-U11',
      service_name: 'bgl',
    },
    id: '1118771934996783000_280',
  },
  {
    tsNs: '1118771988153923000',
    line: '1118771988 2005.06.14 R27-M0-N7-C:J02-U01 2005-06-14-10.59.48.153923 R27-M0-N7-C:J02-U01 RAS KERNEL FATAL force load/store alignment...............0\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N7-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1118771988153923000_281',
  },
  {
    tsNs: '1118772022056566000',
    line: '1118772022 2005.06.14 R26-M0-N6-C:J14-U11 2005-06-14-11.00.22.056566 R26-M0-N6-C:J14-U11 RAS KERNEL FATAL icache prefetch depth....................0\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N6-C:J14-U11',
      service_name: 'bgl',
    },
    id: '1118772022056566000_282',
  },
  {
    tsNs: '1118772057941787000',
    line: '1118772057 2005.06.14 R24-M0-N2-C:J16-U11 2005-06-14-11.00.57.941787 R24-M0-N2-C:J16-U11 RAS KERNEL FATAL machine state register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-N2-C:J16-U11',
      service_name: 'bgl',
    },
    id: '1118772057941787000_283',
  },
  {
    tsNs: '1118772070339106000',
    line: '1118772070 2005.06.14 R21-M1-N2-C:J10-U11 2005-06-14-11.01.10.339106 R21-M1-N2-C:J10-U11 RAS KERNEL FATAL machine state register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N2-C:J10-U11',
      service_name: 'bgl',
    },
    id: '1118772070339106000_284',
  },
  {
    tsNs: '1118772122534437000',
    line: '1118772122 2005.06.14 R27-M0-N1-C:J15-U01 2005-06-14-11.02.02.534437 R27-M0-N1-C:J15-U01 RAS KERNEL FATAL icache prefetch threshold................0\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N1-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1118772122534437000_285',
  },
  {
    tsNs: '1118772122749469000',
    line: '1118772122 2005.06.14 R27-M0-N1-C:J08-U11 2005-06-14-11.02.02.749469 R27-M0-N1-C:J08-U11 RAS KERNEL FATAL icache prefetch threshold................0\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N1-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1118772122749469000_286',
  },
  {
    tsNs: '1118772150070774000',
    line: '1118772150 2005.06.14 R24-M0-NC-C:J12-U11 2005-06-14-11.02.30.070774 R24-M0-NC-C:J12-U11 RAS KERNEL FATAL machine state register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-NC-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118772150070774000_287',
  },
  {
    tsNs: '1118772188491655000',
    line: '1118772188 2005.06.14 R20-M0-N3-C:J06-U11 2005-06-14-11.03.08.491655 R20-M0-N3-C:J06-U11 RAS KERNEL FATAL wait state enable.................0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-N3-C:J06-U11',
      service_name: 'bgl',
    },
    id: '1118772188491655000_288',
  },
  {
    tsNs: '1118772337845720000',
    line: '1118772337 2005.06.14 R24-M0-N7-C:J06-U01 2005-06-14-11.05.37.845720 R24-M0-N7-C:J06-U01 RAS KERNEL FATAL critical input interrupt enable...0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-N7-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1118772337845720000_289',
  },
  {
    tsNs: '1118772585838343000',
    line: '1118772585 2005.06.14 R20-M1-N1-C:J10-U01 2005-06-14-11.09.45.838343 R20-M1-N1-C:J10-U01 RAS KERNEL FATAL problem state (0=sup,1=usr).......0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N1-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1118772585838343000_290',
  },
  {
    tsNs: '1118772602651943000',
    line: '1118772602 2005.06.14 R21-M1-NA-C:J07-U01 2005-06-14-11.10.02.651943 R21-M1-NA-C:J07-U01 RAS KERNEL FATAL problem state (0=sup,1=usr).......0\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-NA-C:J07-U01',
      service_name: 'bgl',
    },
    id: '1118772602651943000_291',
  },
  {
    tsNs: '1118772772380819000',
    line: '1118772772 2005.06.14 R21-M0-NF-C:J09-U01 2005-06-14-11.12.52.380819 R21-M0-NF-C:J09-U01 RAS KERNEL FATAL floating point instr. enabled.....1\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-NF-C:J09-U01',
      service_name: 'bgl',
    },
    id: '1118772772380819000_292',
  },
  {
    tsNs: '1118772810870052000',
    line: '1118772810 2005.06.14 R27-M0-N9-C:J12-U01 2005-06-14-11.13.30.870052 R27-M0-N9-C:J12-U01 RAS KERNEL FATAL special purpose registers:\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N9-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1118772810870052000_293',
  },
  {
    tsNs: '1118772877821210000',
    line: '1118772877 2005.06.14 R27-M1-N3-C:J04-U11 2005-06-14-11.14.37.821210 R27-M1-N3-C:J04-U11 RAS KERNEL FATAL lr:00004ed0 cr:28244842 xer:20000002 ctr:00086000\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-N3-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1118772877821210000_294',
  },
  {
    tsNs: '1118772927823191000',
    line: '1118772927 2005.06.14 R27-M0-N6-C:J02-U11 2005-06-14-11.15.27.823191 R27-M0-N6-C:J02-U11 RAS KERNEL FATAL rts internal error\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N6-C:J02-U11',
      service_name: 'bgl',
    },
    id: '1118772927823191000_295',
  },
  {
    tsNs: '1118773031514583000',
    line: '1118773031 2005.06.14 R21-M0-N2-C:J17-U11 2005-06-14-11.17.11.514583 R21-M0-N2-C:J17-U11 RAS KERNEL FATAL floating pt ex mode 0 enable......0\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-N2-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1118773031514583000_296',
  },
  {
    tsNs: '1118773049948847000',
    line: '1118773049 2005.06.14 R20-M1-NF-C:J14-U11 2005-06-14-11.17.29.948847 R20-M1-NF-C:J14-U11 RAS KERNEL FATAL floating pt ex mode 0 enable......0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-NF-C:J14-U11',
      service_name: 'bgl',
    },
    id: '1118773049948847000_297',
  },
  {
    tsNs: '1118773252106874000',
    line: '1118773252 2005.06.14 R20-M1-N0-C:J10-U01 2005-06-14-11.20.52.106874 R20-M1-N0-C:J10-U01 RAS KERNEL FATAL debug wait enable.................0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N0-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1118773252106874000_298',
  },
  {
    tsNs: '1118773424638394000',
    line: '1118773424 2005.06.14 R25-M0-N2-C:J04-U11 2005-06-14-11.23.44.638394 R25-M0-N2-C:J04-U11 RAS KERNEL FATAL floating pt ex mode 1 enable......0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-N2-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1118773424638394000_299',
  },
  {
    tsNs: '1118773618490506000',
    line: '1118773618 2005.06.14 R25-M1-N7-C:J09-U11 2005-06-14-11.26.58.490506 R25-M1-N7-C:J09-U11 RAS KERNEL FATAL instruction address space.........0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N7-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1118773618490506000_300',
  },
  {
    tsNs: '1118773741258503000',
    line: '1118773741 2005.06.14 R21-M0-N9-C:J08-U01 2005-06-14-11.29.01.258503 R21-M0-N9-C:J08-U01 RAS KERNEL FATAL data address space................0\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-N9-C:J08-U01',
      service_name: 'bgl',
    },
    id: '1118773741258503000_301',
  },
  {
    tsNs: '1118773750800711000',
    line: '1118773750 2005.06.14 R25-M1-NF-C:J16-U11 2005-06-14-11.29.10.800711 R25-M1-NF-C:J16-U11 RAS KERNEL FATAL data address space................0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-NF-C:J16-U11',
      service_name: 'bgl',
    },
    id: '1118773750800711000_302',
  },
  {
    tsNs: '1118773772480633000',
    line: '1118773772 2005.06.14 R24-M1-N0-C:J04-U11 2005-06-14-11.29.32.480633 R24-M1-N0-C:J04-U11 RAS KERNEL FATAL data address space................0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N0-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1118773772480633000_303',
  },
  {
    tsNs: '1118773807879884000',
    line: '1118773807 2005.06.14 R20-M1-N5-C:J13-U01 2005-06-14-11.30.07.879884 R20-M1-N5-C:J13-U01 RAS KERNEL FATAL core configuration register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N5-C:J13-U01',
      service_name: 'bgl',
    },
    id: '1118773807879884000_304',
  },
  {
    tsNs: '1118773808524358000',
    line: '1118773808 2005.06.14 R20-M1-NA-C:J03-U01 2005-06-14-11.30.08.524358 R20-M1-NA-C:J03-U01 RAS KERNEL FATAL core configuration register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-NA-C:J03-U01',
      service_name: 'bgl',
    },
    id: '1118773808524358000_305',
  },
  {
    tsNs: '1118773837732517000',
    line: '1118773837 2005.06.14 R24-M0-NF-C:J08-U01 2005-06-14-11.30.37.732517 R24-M0-NF-C:J08-U01 RAS KERNEL FATAL core configuration register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-NF-C:J08-U01',
      service_name: 'bgl',
    },
    id: '1118773837732517000_306',
  },
  {
    tsNs: '1118773839961375000',
    line: '1118773839 2005.06.14 R21-M0-ND-C:J17-U11 2005-06-14-11.30.39.961375 R21-M0-ND-C:J17-U11 RAS KERNEL FATAL core configuration register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-ND-C:J17-U11',
      service_name: 'bgl',
    },
    id: '1118773839961375000_307',
  },
  {
    tsNs: '1118773862213030000',
    line: '1118773862 2005.06.14 R21-M0-N7-C:J02-U11 2005-06-14-11.31.02.213030 R21-M0-N7-C:J02-U11 RAS KERNEL FATAL core configuration register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-N7-C:J02-U11',
      service_name: 'bgl',
    },
    id: '1118773862213030000_308',
  },
  {
    tsNs: '1118773883322583000',
    line: '1118773883 2005.06.14 R24-M1-N6-C:J17-U01 2005-06-14-11.31.23.322583 R24-M1-N6-C:J17-U01 RAS KERNEL FATAL core configuration register: 0x00002000\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N6-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1118773883322583000_309',
  },
  {
    tsNs: '1118773941174785000',
    line: '1118773941 2005.06.14 R20-M1-NA-C:J04-U01 2005-06-14-11.32.21.174785 R20-M1-NA-C:J04-U01 RAS KERNEL FATAL disable store gathering..................0\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-NA-C:J04-U01',
      service_name: 'bgl',
    },
    id: '1118773941174785000_310',
  },
  {
    tsNs: '1118774011835838000',
    line: '1118774011 2005.06.14 R24-M0-NA-C:J14-U01 2005-06-14-11.33.31.835838 R24-M0-NA-C:J14-U01 RAS KERNEL FATAL disable store gathering..................0\r',
    labels: {
      job: 'bgl',
      node: 'R24-M0-NA-C:J14-U01',
      service_name: 'bgl',
    },
    id: '1118774011835838000_311',
  },
  {
    tsNs: '1118774042588297000',
    line: '1118774042 2005.06.14 R25-M1-N8-C:J03-U11 2005-06-14-11.34.02.588297 R25-M1-N8-C:J03-U11 RAS KERNEL FATAL disable store gathering..................0\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N8-C:J03-U11',
      service_name: 'bgl',
    },
    id: '1118774042588297000_312',
  },
  {
    tsNs: '1118783531357904000',
    line: '1118783531 2005.06.14 R22-M0-N7-C:J08-U11 2005-06-14-14.12.11.357904 R22-M0-N7-C:J08-U11 RAS KERNEL INFO generating core.42\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-N7-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1118783531357904000_313',
  },
  {
    tsNs: '1118784453186273000',
    line: '1118784453 2005.06.14 R07-M0-N6-C:J11-U01 2005-06-14-14.27.33.186273 R07-M0-N6-C:J11-U01 RAS KERNEL INFO total of 1 ddr error(s) detected and corrected\r',
    labels: {
      job: 'bgl',
      node: 'R07-M0-N6-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1118784453186273000_314',
  },
  {
    tsNs: '1118795802381657000',
    line: '1118795802 2005.06.14 R23-M0-ND-C:J13-U01 2005-06-14-17.36.42.381657 R23-M0-ND-C:J13-U01 RAS KERNEL INFO generating core.145\r',
    labels: {
      job: 'bgl',
      node: 'R23-M0-ND-C:J13-U01',
      service_name: 'bgl',
    },
    id: '1118795802381657000_315',
  },
  {
    tsNs: '1118809915295748000',
    line: '1118809915 2005.06.14 R02-M1-N0-C:J12-U11 2005-06-14-21.31.55.295748 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118809915295748000_316',
  },
  {
    tsNs: '1118810502351016000',
    line: '1118810502 2005.06.14 R02-M1-N0-C:J12-U11 2005-06-14-21.41.42.351016 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118810502351016000_317',
  },
  {
    tsNs: '1118811100083003000',
    line: '1118811100 2005.06.14 R02-M1-N0-C:J12-U11 2005-06-14-21.51.40.083003 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118811100083003000_318',
  },
  {
    tsNs: '1118811393279265000',
    line: '1118811393 2005.06.14 R02-M1-N0-C:J12-U11 2005-06-14-21.56.33.279265 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118811393279265000_319',
  },
  {
    tsNs: '1118812716751583000',
    line: '1118812716 2005.06.14 R02-M1-N0-C:J12-U11 2005-06-14-22.18.36.751583 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118812716751583000_320',
  },
  {
    tsNs: '1118813039470421000',
    line: '1118813039 2005.06.14 R02-M1-N0-C:J12-U11 2005-06-14-22.23.59.470421 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118813039470421000_321',
  },
  {
    tsNs: '1118843835905673000',
    line: '1118843835 2005.06.15 R21-M1-N1-C:J07-U11 2005-06-15-06.57.15.905673 R21-M1-N1-C:J07-U11 RAS KERNEL INFO generating core.1978\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N1-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1118843835905673000_322',
  },
  {
    tsNs: '1118843857567187000',
    line: '1118843857 2005.06.15 R25-M1-N1-C:J15-U11 2005-06-15-06.57.37.567187 R25-M1-N1-C:J15-U11 RAS KERNEL INFO generating core.2040\r',
    labels: {
      job: 'bgl',
      node: 'R25-M1-N1-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1118843857567187000_323',
  },
  {
    tsNs: '1118846432710710000',
    line: '1118846432 2005.06.15 R22-M0-NE-C:J04-U11 2005-06-15-07.40.32.710710 R22-M0-NE-C:J04-U11 RAS KERNEL INFO generating core.15\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-NE-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1118846432710710000_324',
  },
  {
    tsNs: '1118852240509519000',
    line: '1118852240 2005.06.15 R02-M1-N0-C:J12-U11 2005-06-15-09.17.20.509519 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118852240509519000_325',
  },
  {
    tsNs: '1118852544246149000',
    line: '1118852544 2005.06.15 R02-M1-N0-C:J12-U11 2005-06-15-09.22.24.246149 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118852544246149000_326',
  },
  {
    tsNs: '1118852625703981000',
    line: '1118852625 2005.06.15 R02-M1-N0-C:J12-U11 2005-06-15-09.23.45.703981 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118852625703981000_327',
  },
  {
    tsNs: '1118852660246651000',
    line: '1118852660 2005.06.15 R02-M1-N0-C:J12-U11 2005-06-15-09.24.20.246651 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118852660246651000_328',
  },
  {
    tsNs: '1118852703582371000',
    line: '1118852703 2005.06.15 R02-M1-N0-C:J12-U11 2005-06-15-09.25.03.582371 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118852703582371000_329',
  },
  {
    tsNs: '1118852706962646000',
    line: '1118852706 2005.06.15 R02-M1-N0-C:J12-U11 2005-06-15-09.25.06.962646 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118852706962646000_330',
  },
  {
    tsNs: '1118852913631142000',
    line: '1118852913 2005.06.15 R02-M1-N0-C:J12-U11 2005-06-15-09.28.33.631142 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118852913631142000_331',
  },
  {
    tsNs: '1118853076623218000',
    line: '1118853076 2005.06.15 R34-M1-N9-C:J07-U11 2005-06-15-09.31.16.623218 R34-M1-N9-C:J07-U11 RAS KERNEL INFO generating core.16218\r',
    labels: {
      job: 'bgl',
      node: 'R34-M1-N9-C:J07-U11',
      service_name: 'bgl',
    },
    id: '1118853076623218000_332',
  },
  {
    tsNs: '1118860111099655000',
    line: '1118860111 2005.06.15 R02-M1-N0-C:J12-U11 2005-06-15-11.28.31.099655 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118860111099655000_333',
  },
  {
    tsNs: '1118908990008103000',
    line: '1118908990 2005.06.16 R02-M1-N1-C:J12-U01 2005-06-16-01.03.10.008103 R02-M1-N1-C:J12-U01 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N1-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1118908990008103000_334',
  },
  {
    tsNs: '1118911762748250000',
    line: '1118911762 2005.06.16 R34-M0-NF-C:J03-U01 2005-06-16-01.49.22.748250 R34-M0-NF-C:J03-U01 RAS KERNEL INFO generating core.8531\r',
    labels: {
      job: 'bgl',
      node: 'R34-M0-NF-C:J03-U01',
      service_name: 'bgl',
    },
    id: '1118911762748250000_335',
  },
  {
    tsNs: '1118911785558500000',
    line: '1118911785 2005.06.16 R27-M1-ND-C:J11-U01 2005-06-16-01.49.45.558500 R27-M1-ND-C:J11-U01 RAS KERNEL INFO generating core.2961\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-ND-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1118911785558500000_336',
  },
  {
    tsNs: '1118911796966924000',
    line: '1118911796 2005.06.16 R04-M1-N8-C:J09-U11 2005-06-16-01.49.56.966924 R04-M1-N8-C:J09-U11 RAS KERNEL INFO generating core.15966\r',
    labels: {
      job: 'bgl',
      node: 'R04-M1-N8-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1118911796966924000_337',
  },
  {
    tsNs: '1118915888116468000',
    line: '1118915888 2005.06.16 R20-M1-N7-C:J08-U11 2005-06-16-02.58.08.116468 R20-M1-N7-C:J08-U11 RAS KERNEL INFO generating core.42\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N7-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1118915888116468000_338',
  },
  {
    tsNs: '1118915889310238000',
    line: '1118915889 2005.06.16 R24-M1-NE-C:J13-U11 2005-06-16-02.58.09.310238 R24-M1-NE-C:J13-U11 RAS KERNEL INFO generating core.93\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-NE-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1118915889310238000_339',
  },
  {
    tsNs: '1118916047249279000',
    line: '1118916047 2005.06.16 R21-M1-N4-C:J12-U11 2005-06-16-03.00.47.249279 R21-M1-N4-C:J12-U11 RAS KERNEL INFO generating core.2605\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N4-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118916047249279000_340',
  },
  {
    tsNs: '1118916053351857000',
    line: '1118916053 2005.06.16 R27-M0-N8-C:J11-U01 2005-06-16-03.00.53.351857 R27-M0-N8-C:J11-U01 RAS KERNEL INFO generating core.6037\r',
    labels: {
      job: 'bgl',
      node: 'R27-M0-N8-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1118916053351857000_341',
  },
  {
    tsNs: '1118916060566385000',
    line: '1118916060 2005.06.16 R24-M1-N4-C:J07-U01 2005-06-16-03.01.00.566385 R24-M1-N4-C:J07-U01 RAS KERNEL INFO generating core.886\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-N4-C:J07-U01',
      service_name: 'bgl',
    },
    id: '1118916060566385000_342',
  },
  {
    tsNs: '1118916076485975000',
    line: '1118916076 2005.06.16 R23-M1-N4-C:J10-U11 2005-06-16-03.01.16.485975 R23-M1-N4-C:J10-U11 RAS KERNEL INFO generating core.3053\r',
    labels: {
      job: 'bgl',
      node: 'R23-M1-N4-C:J10-U11',
      service_name: 'bgl',
    },
    id: '1118916076485975000_343',
  },
  {
    tsNs: '1118916076662641000',
    line: '1118916076 2005.06.16 R23-M1-N4-C:J08-U01 2005-06-16-03.01.16.662641 R23-M1-N4-C:J08-U01 RAS KERNEL INFO generating core.2790\r',
    labels: {
      job: 'bgl',
      node: 'R23-M1-N4-C:J08-U01',
      service_name: 'bgl',
    },
    id: '1118916076662641000_344',
  },
  {
    tsNs: '1118958902074340000',
    line: '1118958902 2005.06.16 R32-M1-N8-I:J18-U01 2005-06-16-14.55.02.074340 R32-M1-N8-I:J18-U01 RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to 172.16.96.116:51706\r',
    labels: {
      job: 'bgl',
      node: 'R32-M1-N8-I:J18-U01',
      service_name: 'bgl',
    },
    id: '1118958902074340000_345',
  },
  {
    tsNs: '1118964552853302000',
    line: '1118964552 2005.06.16 R02-M1-N0-C:J12-U11 2005-06-16-16.29.12.853302 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1118964552853302000_346',
  },
  {
    tsNs: '1119055358875141000',
    line: '1119055358 2005.06.17 R12-M1-NB-C:J15-U01 2005-06-17-17.42.38.875141 R12-M1-NB-C:J15-U01 RAS KERNEL INFO generating core.1488\r',
    labels: {
      job: 'bgl',
      node: 'R12-M1-NB-C:J15-U01',
      service_name: 'bgl',
    },
    id: '1119055358875141000_347',
  },
  {
    tsNs: '1119103692026766000',
    line: '1119103692 2005.06.18 R16-M1-N2-C:J17-U01 2005-06-18-07.08.12.026766 R16-M1-N2-C:J17-U01 RAS KERNEL INFO CE sym 2, at 0x0b85f680, mask 0x0e\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N2-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1119103692026766000_348',
  },
  {
    tsNs: '1119151510503085000',
    line: '1119151510 2005.06.18 R36-M0-NF-C:J13-U01 2005-06-18-20.25.10.503085 R36-M0-NF-C:J13-U01 RAS KERNEL INFO generating core.2186\r',
    labels: {
      job: 'bgl',
      node: 'R36-M0-NF-C:J13-U01',
      service_name: 'bgl',
    },
    id: '1119151510503085000_349',
  },
  {
    tsNs: '1119166454589889000',
    line: '1119166454 2005.06.19 R04-M0-N9-C:J07-U01 2005-06-19-00.34.14.589889 R04-M0-N9-C:J07-U01 RAS KERNEL INFO generating core.978\r',
    labels: {
      job: 'bgl',
      node: 'R04-M0-N9-C:J07-U01',
      service_name: 'bgl',
    },
    id: '1119166454589889000_350',
  },
  {
    tsNs: '1119166473890486000',
    line: '1119166473 2005.06.19 R05-M1-N3-C:J15-U11 2005-06-19-00.34.33.890486 R05-M1-N3-C:J15-U11 RAS KERNEL INFO generating core.2808\r',
    labels: {
      job: 'bgl',
      node: 'R05-M1-N3-C:J15-U11',
      service_name: 'bgl',
    },
    id: '1119166473890486000_351',
  },
  {
    tsNs: '1119166494479358000',
    line: '1119166494 2005.06.19 R01-M1-N4-C:J07-U01 2005-06-19-00.34.54.479358 R01-M1-N4-C:J07-U01 RAS KERNEL INFO generating core.2486\r',
    labels: {
      job: 'bgl',
      node: 'R01-M1-N4-C:J07-U01',
      service_name: 'bgl',
    },
    id: '1119166494479358000_352',
  },
  {
    tsNs: '1119290966582302000',
    line: '1119290966 2005.06.20 R16-M1-N6-C:J08-U01 2005-06-20-11.09.26.582302 R16-M1-N6-C:J08-U01 RAS KERNEL INFO generating core.334\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N6-C:J08-U01',
      service_name: 'bgl',
    },
    id: '1119290966582302000_353',
  },
  {
    tsNs: '1119291000255483000',
    line: '1119291000 2005.06.20 R17-M1-ND-C:J12-U11 2005-06-20-11.10.00.255483 R17-M1-ND-C:J12-U11 RAS KERNEL INFO generating core.5401\r',
    labels: {
      job: 'bgl',
      node: 'R17-M1-ND-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1119291000255483000_354',
  },
  {
    tsNs: '1119291039035194000',
    line: '1119291039 2005.06.20 R00-M1-N3-C:J08-U11 2005-06-20-11.10.39.035194 R00-M1-N3-C:J08-U11 RAS KERNEL INFO generating core.14418\r',
    labels: {
      job: 'bgl',
      node: 'R00-M1-N3-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1119291039035194000_355',
  },
  {
    tsNs: '1119291044787932000',
    line: '1119291044 2005.06.20 R12-M1-N2-C:J09-U11 2005-06-20-11.10.44.787932 R12-M1-N2-C:J09-U11 RAS KERNEL INFO generating core.2558\r',
    labels: {
      job: 'bgl',
      node: 'R12-M1-N2-C:J09-U11',
      service_name: 'bgl',
    },
    id: '1119291044787932000_356',
  },
  {
    tsNs: '1119291099810523000',
    line: '1119291099 2005.06.20 R11-M0-ND-C:J11-U11 2005-06-20-11.11.39.810523 R11-M0-ND-C:J11-U11 RAS KERNEL INFO generating core.9785\r',
    labels: {
      job: 'bgl',
      node: 'R11-M0-ND-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1119291099810523000_357',
  },
  {
    tsNs: '1119291235422033000',
    line: '1119291235 2005.06.20 R01-M0-NE-C:J06-U01 2005-06-20-11.13.55.422033 R01-M0-NE-C:J06-U01 RAS KERNEL INFO generating core.4614\r',
    labels: {
      job: 'bgl',
      node: 'R01-M0-NE-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1119291235422033000_358',
  },
  {
    tsNs: '1119291291439913000',
    line: '1119291291 2005.06.20 R13-M1-N8-C:J05-U11 2005-06-20-11.14.51.439913 R13-M1-N8-C:J05-U11 RAS KERNEL INFO generating core.7615\r',
    labels: {
      job: 'bgl',
      node: 'R13-M1-N8-C:J05-U11',
      service_name: 'bgl',
    },
    id: '1119291291439913000_359',
  },
  {
    tsNs: '1119291293357175000',
    line: '1119291293 2005.06.20 R10-M0-N8-C:J03-U11 2005-06-20-11.14.53.357175 R10-M0-N8-C:J03-U11 RAS KERNEL INFO generating core.15935\r',
    labels: {
      job: 'bgl',
      node: 'R10-M0-N8-C:J03-U11',
      service_name: 'bgl',
    },
    id: '1119291293357175000_360',
  },
  {
    tsNs: '1119309833944371000',
    line: '1119309833 2005.06.20 R14-M1-N0-I:J18-U01 2005-06-20-16.23.53.944371 R14-M1-N0-I:J18-U01 RAS APP FATAL ciod: Error loading /home/draeger/testQboxhang-nozerobytebug-nosleepyescomm: invalid or missing program image, No such file or directory\r',
    labels: {
      job: 'bgl',
      node: 'R14-M1-N0-I:J18-U01',
      service_name: 'bgl',
    },
    id: '1119309833944371000_361',
  },
  {
    tsNs: '1119319455002425000',
    line: '1119319455 2005.06.20 R12-M1-NC-I:J18-U11 2005-06-20-19.04.15.002425 R12-M1-NC-I:J18-U11 RAS APP FATAL ciod: Error creating node map from file /p/gb2/cabot/miranda/newmaps/8k_128x64x1_8x4x4.map: No child processes\r',
    labels: {
      job: 'bgl',
      node: 'R12-M1-NC-I:J18-U11',
      service_name: 'bgl',
    },
    id: '1119319455002425000_362',
  },
  {
    tsNs: '1119324666282052000',
    line: '1119324666 2005.06.20 R16-M1-N2-C:J17-U01 2005-06-20-20.31.06.282052 R16-M1-N2-C:J17-U01 RAS KERNEL INFO CE sym 0, at 0x1b858280, mask 0x40\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N2-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1119324666282052000_363',
  },
  {
    tsNs: '1119377678018978000',
    line: '1119377678 2005.06.21 R20-M0-N9-C:J11-U11 2005-06-21-11.14.38.018978 R20-M0-N9-C:J11-U11 RAS KERNEL INFO generating core.8089\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-N9-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1119377678018978000_364',
  },
  {
    tsNs: '1119377680347916000',
    line: '1119377680 2005.06.21 R20-M1-N2-C:J17-U01 2005-06-21-11.14.40.347916 R20-M1-N2-C:J17-U01 RAS KERNEL INFO generating core.4660\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N2-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1119377680347916000_365',
  },
  {
    tsNs: '1119377709415157000',
    line: '1119377709 2005.06.21 R24-M1-NB-C:J11-U01 2005-06-21-11.15.09.415157 R24-M1-NB-C:J11-U01 RAS KERNEL INFO generating core.721\r',
    labels: {
      job: 'bgl',
      node: 'R24-M1-NB-C:J11-U01',
      service_name: 'bgl',
    },
    id: '1119377709415157000_366',
  },
  {
    tsNs: '1119377756944563000',
    line: '1119377756 2005.06.21 R21-M1-N6-C:J02-U01 2005-06-21-11.15.56.944563 R21-M1-N6-C:J02-U01 RAS KERNEL INFO generating core.5287\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N6-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1119377756944563000_367',
  },
  {
    tsNs: '1119377784473585000',
    line: '1119377784 2005.06.21 R20-M1-N8-C:J04-U11 2005-06-21-11.16.24.473585 R20-M1-N8-C:J04-U11 RAS KERNEL INFO generating core.783\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-N8-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1119377784473585000_368',
  },
  {
    tsNs: '1119381883265881000',
    line: '1119381883 2005.06.21 R05-M1-N8-C:J13-U01 2005-06-21-12.24.43.265881 R05-M1-N8-C:J13-U01 RAS KERNEL INFO 1 ddr errors(s) detected and corrected on rank 0, symbol 17, bit 1\r',
    labels: {
      job: 'bgl',
      node: 'R05-M1-N8-C:J13-U01',
      service_name: 'bgl',
    },
    id: '1119381883265881000_369',
  },
  {
    tsNs: '1119383898149869000',
    line: '1119383898 2005.06.21 R02-M1-N0-C:J12-U11 2005-06-21-12.58.18.149869 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1119383898149869000_370',
  },
  {
    tsNs: '1119402454337232000',
    line: '1119402454 2005.06.21 R22-M0-N4-I:J18-U11 2005-06-21-18.07.34.337232 R22-M0-N4-I:J18-U11 RAS APP FATAL ciod: Error loading ./runtime_malloc: invalid or missing program image, No such file or directory\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-N4-I:J18-U11',
      service_name: 'bgl',
    },
    id: '1119402454337232000_371',
  },
  {
    tsNs: '1119450937412184000',
    line: '1119450937 2005.06.22 R02-M1-N0-C:J12-U11 2005-06-22-07.35.37.412184 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected\r',
    labels: {
      job: 'bgl',
      node: 'R02-M1-N0-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1119450937412184000_372',
  },
  {
    tsNs: '1119475796824423000',
    line: '1119475796 2005.06.22 R22-M0-NA-C:J02-U11 2005-06-22-14.29.56.824423 R22-M0-NA-C:J02-U11 RAS KERNEL INFO 199680 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-NA-C:J02-U11',
      service_name: 'bgl',
    },
    id: '1119475796824423000_373',
  },
  {
    tsNs: '1119478812174541000',
    line: '1119478812 2005.06.22 R20-M0-N3-C:J14-U01 2005-06-22-15.20.12.174541 R20-M0-N3-C:J14-U01 RAS KERNEL INFO 1969920 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-N3-C:J14-U01',
      service_name: 'bgl',
    },
    id: '1119478812174541000_374',
  },
  {
    tsNs: '1119479310643475000',
    line: '1119479310 2005.06.22 R20-M0-N6-C:J03-U01 2005-06-22-15.28.30.643475 R20-M0-N6-C:J03-U01 RAS KERNEL INFO 2576000 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R20-M0-N6-C:J03-U01',
      service_name: 'bgl',
    },
    id: '1119479310643475000_375',
  },
  {
    tsNs: '1119479317811949000',
    line: '1119479317 2005.06.22 R21-M1-N1-C:J08-U11 2005-06-22-15.28.37.811949 R21-M1-N1-C:J08-U11 RAS KERNEL INFO 2576000 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R21-M1-N1-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1119479317811949000_376',
  },
  {
    tsNs: '1119481305870183000',
    line: '1119481305 2005.06.22 R22-M1-NA-C:J04-U11 2005-06-22-16.01.45.870183 R22-M1-NA-C:J04-U11 RAS KERNEL INFO 6182400 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R22-M1-NA-C:J04-U11',
      service_name: 'bgl',
    },
    id: '1119481305870183000_377',
  },
  {
    tsNs: '1119545636123342000',
    line: '1119545636 2005.06.23 R23-M1-N7-C:J02-U01 2005-06-23-09.53.56.123342 R23-M1-N7-C:J02-U01 RAS KERNEL INFO 6182400 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R23-M1-N7-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1119545636123342000_378',
  },
  {
    tsNs: '1119569236266001000',
    line: '1119569236 2005.06.23 R22-M0-N6-C:J12-U11 2005-06-23-16.27.16.266001 R22-M0-N6-C:J12-U11 RAS KERNEL INFO 6182400 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-N6-C:J12-U11',
      service_name: 'bgl',
    },
    id: '1119569236266001000_379',
  },
  {
    tsNs: '1119571364950044000',
    line: '1119571364 2005.06.23 R23-M1-N7-C:J14-U01 2005-06-23-17.02.44.950044 R23-M1-N7-C:J14-U01 RAS KERNEL INFO 3091200 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R23-M1-N7-C:J14-U01',
      service_name: 'bgl',
    },
    id: '1119571364950044000_380',
  },
  {
    tsNs: '1119571369991152000',
    line: '1119571369 2005.06.23 R23-M1-ND-C:J02-U01 2005-06-23-17.02.49.991152 R23-M1-ND-C:J02-U01 RAS KERNEL INFO 3091200 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R23-M1-ND-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1119571369991152000_381',
  },
  {
    tsNs: '1119572030341611000',
    line: '1119572030 2005.06.23 R23-M1-N8-C:J06-U01 2005-06-23-17.13.50.341611 R23-M1-N8-C:J06-U01 RAS KERNEL INFO 3091200 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R23-M1-N8-C:J06-U01',
      service_name: 'bgl',
    },
    id: '1119572030341611000_382',
  },
  {
    tsNs: '1119625799585592000',
    line: '1119625799 2005.06.24 R03-M0-NB-C:J10-U11 2005-06-24-08.09.59.585592 R03-M0-NB-C:J10-U11 RAS KERNEL INFO CE sym 12, at 0x1b786f60, mask 0x04\r',
    labels: {
      job: 'bgl',
      node: 'R03-M0-NB-C:J10-U11',
      service_name: 'bgl',
    },
    id: '1119625799585592000_383',
  },
  {
    tsNs: '1119638161774405000',
    line: '1119638161 2005.06.24 R16-M1-N2-C:J17-U01 2005-06-24-11.36.01.774405 R16-M1-N2-C:J17-U01 RAS KERNEL INFO CE sym 0, at 0x1b8584e0, mask 0x80\r',
    labels: {
      job: 'bgl',
      node: 'R16-M1-N2-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1119638161774405000_384',
  },
  {
    tsNs: '1119677904830252000',
    line: '1119677904 2005.06.24 R36-M0-N5-C:J03-U01 2005-06-24-22.38.24.830252 R36-M0-N5-C:J03-U01 RAS KERNEL INFO CE sym 23, at 0x03f89c00, mask 0x10\r',
    labels: {
      job: 'bgl',
      node: 'R36-M0-N5-C:J03-U01',
      service_name: 'bgl',
    },
    id: '1119677904830252000_385',
  },
  {
    tsNs: '1119693767673562000',
    line: '1119693767 2005.06.25 R22-M0-NF-C:J02-U01 2005-06-25-03.02.47.673562 R22-M0-NF-C:J02-U01 RAS KERNEL INFO 23431872 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R22-M0-NF-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1119693767673562000_386',
  },
  {
    tsNs: '1119695647686513000',
    line: '1119695647 2005.06.25 R31-M1-ND-C:J05-U01 2005-06-25-03.34.07.686513 R31-M1-ND-C:J05-U01 RAS KERNEL INFO 259966605 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R31-M1-ND-C:J05-U01',
      service_name: 'bgl',
    },
    id: '1119695647686513000_387',
  },
  {
    tsNs: '1119695690645459000',
    line: '1119695690 2005.06.25 R35-M0-NF-C:J11-U11 2005-06-25-03.34.50.645459 R35-M0-NF-C:J11-U11 RAS KERNEL INFO 255244071 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R35-M0-NF-C:J11-U11',
      service_name: 'bgl',
    },
    id: '1119695690645459000_388',
  },
  {
    tsNs: '1119695755677192000',
    line: '1119695755 2005.06.25 R32-M0-N4-C:J02-U01 2005-06-25-03.35.55.677192 R32-M0-N4-C:J02-U01 RAS KERNEL INFO 259822751 double-hummer alignment exceptions\r',
    labels: {
      job: 'bgl',
      node: 'R32-M0-N4-C:J02-U01',
      service_name: 'bgl',
    },
    id: '1119695755677192000_389',
  },
  {
    tsNs: '1119714915625203000',
    line: '1119714915 2005.06.25 R30-M1-N7-C:J12-U01 2005-06-25-08.55.15.625203 R30-M1-N7-C:J12-U01 RAS KERNEL INFO generating core.24721\r',
    labels: {
      job: 'bgl',
      node: 'R30-M1-N7-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1119714915625203000_390',
  },
  {
    tsNs: '1119714992658269000',
    line: '1119714992 2005.06.25 R20-M1-NB-C:J17-U01 2005-06-25-08.56.32.658269 R20-M1-NB-C:J17-U01 RAS KERNEL INFO generating core.4184\r',
    labels: {
      job: 'bgl',
      node: 'R20-M1-NB-C:J17-U01',
      service_name: 'bgl',
    },
    id: '1119714992658269000_391',
  },
  {
    tsNs: '1119715100635863000',
    line: '1119715100 2005.06.25 R26-M0-N6-C:J13-U11 2005-06-25-08.58.20.635863 R26-M0-N6-C:J13-U11 RAS KERNEL INFO generating core.58109\r',
    labels: {
      job: 'bgl',
      node: 'R26-M0-N6-C:J13-U11',
      service_name: 'bgl',
    },
    id: '1119715100635863000_392',
  },
  {
    tsNs: '1119715124769752000',
    line: '1119715124 2005.06.25 R27-M1-N7-C:J10-U01 2005-06-25-08.58.44.769752 R27-M1-N7-C:J10-U01 RAS KERNEL INFO generating core.9881\r',
    labels: {
      job: 'bgl',
      node: 'R27-M1-N7-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1119715124769752000_393',
  },
  {
    tsNs: '1119715242287070000',
    line: '1119715242 2005.06.25 R21-M0-ND-C:J03-U11 2005-06-25-09.00.42.287070 R21-M0-ND-C:J03-U11 RAS KERNEL INFO generating core.19579\r',
    labels: {
      job: 'bgl',
      node: 'R21-M0-ND-C:J03-U11',
      service_name: 'bgl',
    },
    id: '1119715242287070000_394',
  },
  {
    tsNs: '1119715309568758000',
    line: '1119715309 2005.06.25 R34-M0-N2-C:J12-U01 2005-06-25-09.01.49.568758 R34-M0-N2-C:J12-U01 RAS KERNEL INFO generating core.4501\r',
    labels: {
      job: 'bgl',
      node: 'R34-M0-N2-C:J12-U01',
      service_name: 'bgl',
    },
    id: '1119715309568758000_395',
  },
  {
    tsNs: '1119715342976560000',
    line: '1119715342 2005.06.25 R31-M1-NE-C:J06-U11 2005-06-25-09.02.22.976560 R31-M1-NE-C:J06-U11 RAS KERNEL INFO generating core.50230\r',
    labels: {
      job: 'bgl',
      node: 'R31-M1-NE-C:J06-U11',
      service_name: 'bgl',
    },
    id: '1119715342976560000_396',
  },
  {
    tsNs: '1119715346738118000',
    line: '1119715346 2005.06.25 R30-M1-NA-C:J14-U11 2005-06-25-09.02.26.738118 R30-M1-NA-C:J14-U11 RAS KERNEL INFO generating core.62516\r',
    labels: {
      job: 'bgl',
      node: 'R30-M1-NA-C:J14-U11',
      service_name: 'bgl',
    },
    id: '1119715346738118000_397',
  },
  {
    tsNs: '1119715392849230000',
    line: '1119715392 2005.06.25 R34-M1-ND-C:J10-U01 2005-06-25-09.03.12.849230 R34-M1-ND-C:J10-U01 RAS KERNEL INFO generating core.27921\r',
    labels: {
      job: 'bgl',
      node: 'R34-M1-ND-C:J10-U01',
      service_name: 'bgl',
    },
    id: '1119715392849230000_398',
  },
  {
    tsNs: '1119715413373728000',
    line: '1119715413 2005.06.25 R25-M0-N6-C:J08-U11 2005-06-25-09.03.33.373728 R25-M0-N6-C:J08-U11 RAS KERNEL INFO generating core.16830\r',
    labels: {
      job: 'bgl',
      node: 'R25-M0-N6-C:J08-U11',
      service_name: 'bgl',
    },
    id: '1119715413373728000_399',
  },
];
