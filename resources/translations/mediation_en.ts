<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="+162"/>
        <source>调解台已经在使用这个数据目录（{0}）。请切换到已打开的窗口，或关闭它后再试。</source>
        <translation>Mediation Desk is already using this data directory ({0}). Switch to the open window, or close it and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调解台已在运行</source>
        <translation>Mediation Desk is already running</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list.py" line="+106"/>
        <source>搜索：编号、姓名、身份证号、电话或案情（Ctrl+F）</source>
        <translation>Search: number, name, ID number, phone or facts (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部风险</source>
        <translation>All risk levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部调解员</source>
        <translation>All mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案起</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案止</source>
        <translation>Received until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仅逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>双击或按回车打开案件</source>
        <translation>Double-click or press Enter to open a case</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>共 {0} 件</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="+50"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>点击按此列排序</source>
        <translation>Click to sort by this column</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>加载中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（该案件已不存在）</source>
        <translation>(this case no longer exists)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加载失败：{0}</source>
        <translation>Could not load: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>民转刑风险：{0}（得分 {1}）</source>
        <translation>Risk of turning criminal: {0} (score {1})</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_window.py" line="+61"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位或住址</source>
        <translation>Employer or address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业或职务</source>
        <translation>Occupation or position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>次序</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公开</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+136"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>检查日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+18"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>回访日期</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次回访</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原文</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已排除</source>
        <translation>Ruled out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>报告日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派出所</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接报民警</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未报告理由</source>
        <translation>Reason for not reporting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>办理</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移送信息</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>调解记录</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回访记录</source>
        <translation>Follow-up visits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>履行与回访</source>
        <translation>Performance and follow-ups</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>报告派出所</source>
        <translation>Reports to the police</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>案件 {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>涉及婚姻、收养或身份关系的协议不能申请司法确认。</source>
        <translation>Agreements on marriage, adoption or personal status cannot be judicially confirmed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>逾期 {0} 天（期限 {1}）</source>
        <translation>{0} days overdue (deadline {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>剩余 {0} 天（期限 {1}）</source>
        <translation>{0} days left (deadline {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期限 {0}</source>
        <translation>Deadline {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚无办理期限</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，已延长</source>
        <translation>, extended</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只读：您不是本案的承办调解员</source>
        <translation>Read-only: you are not a mediator of this case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>填写并保存：{0}</source>
        <translation>Fill in and save: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>；已反馈（{0}）</source>
        <translation>; result reported ({0})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>尚未达成协议。</source>
        <translation>No agreement yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>协议形式</source>
        <translation>Form of agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议日期</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生效日期</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议金额</source>
        <translation>Amount agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行地点</source>
        <translation>Place of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>等级：{0}</source>
        <translation>Level: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>得分：{0}</source>
        <translation>Score: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人工调整为：{0}</source>
        <translation>Overridden to: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人：{0}</source>
        <translation>Owner: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>规则版本：{0}</source>
        <translation>Rules version: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/intake_wizard.py" line="+262"/>
        <source>风险排查</source>
        <translation>Risk screening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>勾选登记时已经发现的情况；不清楚的可以不填，以后在调解中补充。</source>
        <translation>Tick what is already known at intake; leave out what is unclear and add it during mediation.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location line="+18"/>
        <source>确认并保存</source>
        <translation>Confirm and save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对以下内容。保存后生成案件编号，状态为“已登记”。</source>
        <translation>Please check the details below. Saving assigns a case number; the case is then registered.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="+88"/>
        <source>暂无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新读取 (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>我的在办案件</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期案件</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本周到期</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高风险案件及主要原因</source>
        <translation>High-risk cases and main reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待回访</source>
        <translation>Follow-up visits due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>司法确认申请期即将届满</source>
        <translation>Judicial confirmation window closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待向移送单位反馈</source>
        <translation>Result owed to the referring unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移送单位期限临近</source>
        <translation>Referrer&apos;s deadline near</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在办案件（全部）</source>
        <translation>Open cases (all)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>期限 {0}</source>
        <translation>Deadline {0}</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+37"/>
        <source>提示</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>注意</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请输入</source>
        <translation>Please enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>内部错误</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序遇到了一个内部错误，刚才的操作可能没有完成。已保存的数据不受影响。</source>
        <translation>The program hit an internal error; the last operation may not have completed. Data already saved is not affected.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>详细信息已写入日志文件，请将它发给技术支持：
{0}</source>
        <translation>The details were written to a log file; please send it to support:
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复制日志路径</source>
        <translation>Copy log path</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本次操作没有保存任何内容。请处理上述问题后重试；如果问题持续，请联系管理员。</source>
        <translation>Nothing was saved. Deal with the problem above and try again; if it persists, contact your administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据库问题</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法完成</source>
        <translation>Cannot complete</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="+51"/>
        <source>示范司法所</source>
        <translation>Demo Justice Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示范街道人民调解委员会</source>
        <translation>Demo Street People&apos;s Mediation Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示范</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>调解台 — 首次使用</source>
        <translation>Mediation Desk — first run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>欢迎使用调解台。请填写司法所和调解委员会的名称，并设置管理员密码。数据保存在：{0}</source>
        <translation>Welcome to Mediation Desk. Enter the names of the justice office and the mediation committee, and set the administrator&apos;s password. Data is kept in: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>创建示范办公室</source>
        <translation>Create a demo office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>创建一个填有虚构案件的办公室，用于试用和培训</source>
        <translation>Create an office filled with fictitious cases, for trying out and training</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>正在生成示范数据…</source>
        <translation>Generating demo data…</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/intake_wizard.py" line="-147"/>
        <source>身份证号与性别不符（证号显示为{0}）</source>
        <translation>The ID number does not match the sex (the number says {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号与出生日期不符（证号显示为{0}）</source>
        <translation>The ID number does not match the birth date (the number says {0})</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>登记新案件</source>
        <translation>Register a new case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步 (Alt+N)</source>
        <translation>Next (Alt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一步 (Alt+B)</source>
        <translation>Back (Alt+B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>纠纷</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷类型与来源；委托移送的案件请填写移送信息。</source>
        <translation>Type and source of the dispute; for referred cases, the referral details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案情</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷的简要情况和当事人的申请事项。</source>
        <translation>A summary of the dispute and what the parties ask for.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>当事人{0}</source>
        <translation>Party {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+40"/>
        <source>调解台 — {0}</source>
        <translation>Mediation Desk — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+67"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存界面布局</source>
        <translation>Save window layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案件(&amp;C)</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查找案件</source>
        <translation>Find cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开所选案件</source>
        <translation>Open selected case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消（清除搜索）</source>
        <translation>Cancel (clear search)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+122"/>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+122"/>
        <source>关于调解台</source>
        <translation>About Mediation Desk</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>用户：{0}（{1}）</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在读取或保存…</source>
        <translation>Reading or saving…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Ctrl+N 新建案件
Ctrl+F 查找案件
Ctrl+P 打印
Ctrl+S 保存（表单中）
Esc 取消或关闭
F5 刷新
回车 打开所选案件</source>
        <translation>Ctrl+N New case
Ctrl+F Find cases
Ctrl+P Print
Ctrl+S Save (in forms)
Esc Cancel or close
F5 Refresh
Enter Open the selected case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>调解台 {0}
人民调解案件管理</source>
        <translation>Mediation Desk {0}
Case management for people&apos;s mediation</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../ui/intake_wizard.py" line="-223"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人、被申请人及其他当事人。输入身份证号后自动填写性别和出生日期。</source>
        <translation>Applicants, respondents and other parties. An ID number fills in sex and birth date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>添加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>添加当事人 (Alt+A)</source>
        <translation>Add party (Alt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除当前当事人</source>
        <translation>Remove this party</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+12"/>
        <source>当事人{0}</source>
        <translation>Party {0}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="-177"/>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库已加密。请把下面的恢复密钥抄写下来或保存在安全的地方，并与电脑分开存放。更换电脑或密钥环丢失时，只有凭它才能打开数据库。它只显示这一次。</source>
        <translation>The database is encrypted. Write down the recovery key below or keep it in a safe place, away from this computer. On a new computer, or if the keyring is lost, only this key opens the database. It is shown only this once.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>我已妥善保存恢复密钥</source>
        <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>继续</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="+57"/>
        <source>调解台 — 登录</source>
        <translation>Mediation Desk — sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0}：请登录</source>
        <translation>{0}: please sign in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>如有该数据库的恢复密钥，请输入后重试：</source>
        <translation>If you have this database&apos;s recovery key, enter it to try again:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>需要恢复密钥</source>
        <translation>Recovery key needed</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/vocab_catalog.py" line="+94"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解记录</source>
        <translation>Record session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>达成协议</source>
        <translation>Record agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解不成</source>
        <translation>Record failure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止调解</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行情况</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延长期限</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告派出所</source>
        <translation>Report to police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案归档</source>
        <translation>Close and archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>向移送单位反馈</source>
        <translation>Report back to referrer</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../ui/badges.py" line="+16"/>
        <source>红</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>高风险</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>黄</source>
        <translation>Amber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>中风险</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>绿</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>低风险</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>未评估</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>逾期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>风险得分：{0}</source>
        <translation>Risk score: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>民转刑风险等级</source>
        <translation>Risk level of turning criminal</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/action_forms.py" line="+28"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人同意</source>
        <translation>Parties&apos; consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员（第一位主持）</source>
        <translation>Mediators (the first presides)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>权利义务告知日期</source>
        <translation>Rights and duties notified on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调解员由当事人选定</source>
        <translation>Mediators chosen by the parties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不予受理日期</source>
        <translation>Declined on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理理由</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>调解时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公开调解</source>
        <translation>Public session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调解事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>告知事项</source>
        <translation>Notices given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人陈述</source>
        <translation>Statements of the parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查明事实</source>
        <translation>Facts established</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>风险提示</source>
        <translation>Risk warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本次结果</source>
        <translation>Result of this session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>协议形式</source>
        <translation>Form of agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>协议日期</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议条款</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议金额</source>
        <translation>Amount agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷事实</source>
        <translation>Facts of the dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行地点</source>
        <translation>Place of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>涉及婚姻、收养或身份关系</source>
        <translation>Concerns marriage, adoption or personal status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>调解终结日期</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解不成原因</source>
        <translation>Why mediation failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>已告知其他救济途径</source>
        <translation>Told of other routes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>已告知当事人可诉讼、仲裁或申请行政处理</source>
        <translation>The parties were told they may sue, arbitrate or ask for administrative handling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>终止日期</source>
        <translation>Terminated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止理由</source>
        <translation>Reason for terminating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人明确拒绝调解</source>
        <translation>A party clearly refused mediation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>履行检查日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回访日期</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>被回访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新的矛盾迹象</source>
        <translation>New signs of conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采取措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访情况</source>
        <translation>Visit notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次回访日期</source>
        <translation>Next visit due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院受理日期</source>
        <translation>Court accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院裁定日期</source>
        <translation>Court decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>延长至</source>
        <translation>Extend until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>双方当事人同意</source>
        <translation>Both parties consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同意情况</source>
        <translation>Consent details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>报告日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派出所</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接报民警</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告内容</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未报告理由</source>
        <translation>Reason for not reporting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保管期限</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>重新打开的理由</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>反馈日期</source>
        <translation>Reported back on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反馈内容</source>
        <translation>What was reported back</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="-66"/>
        <source>司法所名称</source>
        <translation>Justice office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：城关司法所</source>
        <translation>e.g. Chengguan Justice Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解委员会名称</source>
        <translation>Mediation committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：城关镇人民调解委员会</source>
        <translation>e.g. Chengguan Town People&apos;s Mediation Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号前缀</source>
        <translation>Case number prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号中的简称，如：城关</source>
        <translation>The town&apos;s short name, used in case numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员用户名</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>管理员密码</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至少8位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters, two of: letters, digits, symbols</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/intake_wizard.py" line="-144"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18位，自动填写性别和出生日期</source>
        <translation>18 characters; fills in sex and birth date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业或职务</source>
        <translation>Occupation or position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位或住址</source>
        <translation>Employer or address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>纠纷子类</source>
        <translation>Sub-type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可选，如：拖欠农民工工资</source>
        <translation>Optional, e.g. unpaid migrant wages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移送单位</source>
        <translation>Referring unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移送文号</source>
        <translation>Referral document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移送日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移送单位期限</source>
        <translation>Referrer&apos;s deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不填则按当事人人数</source>
        <translation>Leave empty to use the number of parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>敏感案件（仅承办人和管理员可见个人信息）</source>
        <translation>Sensitive case (personal data visible only to its mediators and administrators)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="-91"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/forms.py" line="+151"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>填写</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除所选行</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+26"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../ui/models/records.py" line="+88"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab_catalog.py" line="-101"/>
        <source>婚姻家庭纠纷</source>
        <translation>Marriage and family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邻里纠纷</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房屋宅基地纠纷</source>
        <translation>Housing and homestead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合同纠纷</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生产经营纠纷</source>
        <translation>Production and business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>损害赔偿纠纷</source>
        <translation>Damages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>山林土地纠纷</source>
        <translation>Forest and land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>征地拆迁纠纷</source>
        <translation>Land requisition and demolition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>环境污染纠纷</source>
        <translation>Pollution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动争议纠纷</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>消费纠纷</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗纠纷</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>道路交通事故纠纷</source>
        <translation>Road traffic accident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物业纠纷</source>
        <translation>Property management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他纠纷</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人申请</source>
        <translation>Party&apos;s application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主动调解</source>
        <translation>Own initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院委派</source>
        <translation>Court (assigned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院委托</source>
        <translation>Court (entrusted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公安移交</source>
        <translation>Police referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访交办</source>
        <translation>Petition office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检察</source>
        <translation>Procuratorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府指定</source>
        <translation>Government designation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法人</source>
        <translation>Legal person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律顾问</source>
        <translation>Legal adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律明白人</source>
        <translation>Law-literate resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主持调解员</source>
        <translation>Presiding mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民警</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特邀调解员</source>
        <translation>Invited mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>亲属</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邻居</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同事</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>书面</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口头</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部分履行</source>
        <translation>Partly performed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未履行</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认有效</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>驳回申请</source>
        <translation>Application rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计员</source>
        <translation>Statistician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>司法局</source>
        <translation>Justice bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自杀</source>
        <translation>Suicide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民转刑</source>
        <translation>Turning criminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群体性上访</source>
        <translation>Group petition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群体性械斗</source>
        <translation>Group fight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解中</source>
        <translation>In mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解成功</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解不成</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止调解</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案归档</source>
        <translation>Closed and archived</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>达成协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>只有已登记的案件可以受理</source>
        <translation>Only a registered case can be accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有已登记的案件可以不予受理</source>
        <translation>Only a registered case can be declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>须先受理，且案件尚未结束调解</source>
        <translation>The case must be accepted and mediation not yet ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>须至少有一次调解记录，且调解尚在进行</source>
        <translation>Needs at least one session record, with mediation still under way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解已经结束的案件不能再终止</source>
        <translation>A case whose mediation has ended cannot be terminated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有达成协议的案件才有履行情况</source>
        <translation>Only an agreed case has performance to record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解结束后才能回访</source>
        <translation>Follow-up visits come after mediation has ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有达成协议的案件可以申请司法确认</source>
        <translation>Only an agreed case can apply for judicial confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有受理后、调解结束前可以延长期限</source>
        <translation>The deadline can be extended only between acceptance and the end of mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已归档的案件不能再登记报告</source>
        <translation>An archived case takes no more reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解结束（协议、调解不成、终止或不予受理）后才能结案归档</source>
        <translation>A case can be closed only after mediation ended (agreement, failure, termination or declined)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有已归档的案件可以重新打开</source>
        <translation>Only an archived case can be reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解结束后、归档前向移送单位反馈结果</source>
        <translation>Report the result to the referrer after mediation ends and before archiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依法应当由专门机关管辖处理的</source>
        <translation>Matters for special organs by law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律、法规禁止采用民间调解方式解决的</source>
        <translation>Matters the law bars from civil mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民法院、公安机关或者其他行政机关已经受理或者解决的</source>
        <translation>Already accepted or decided by a court, the police or another administrative organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人一方明确拒绝调解的</source>
        <translation>A party clearly refuses mediation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续调解</source>
        <translation>Mediation continues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>永久</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短期</source>
        <translation>Short-term</translation>
    </message>
</context>
</TS>
