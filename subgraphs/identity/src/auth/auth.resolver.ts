import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { AuthService } from './auth.service';
import { LoginInput, LoginPayload, RefreshTokenPayload, SignUpInput, SignUpPayload } from './auth.inputs';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => SignUpPayload, { description: 'Creates an organization, its first workspace and its owner, and logs the owner in.' })
  async signUp(@Arg('input', () => SignUpInput, { description: 'A new organization with its first workspace and owner.' }) input: SignUpInput, @Ctx() ctx: RequestContext): Promise<SignUpPayload> {
    const result = await this.auth.signUp(ctx, input);
    if (!result.ok) return { errors: result.errors };
    const { user, organization, workspace, tokens } = result.value;
    return { ...tokens, user, organization, workspace, errors: [] };
  }

  @Mutation(() => LoginPayload, { description: 'Exchanges email and password for an access token and a refresh token.' })
  async login(@Arg('input', () => LoginInput, { description: 'Credentials.' }) input: LoginInput, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    const result = await this.auth.login(ctx, input);
    if (!result.ok) return { errors: result.errors };
    return { ...result.value.tokens, user: result.value.user, workspace: result.value.workspace, errors: [] };
  }

  @Mutation(() => RefreshTokenPayload, { description: 'Spends a refresh token for a new pair. Reusing a spent token revokes all tokens of its login.' })
  async refreshToken(@Arg('refreshToken', () => String, { description: 'The refresh token received at login or at the last refresh (single use).' }) refreshToken: string, @Ctx() ctx: RequestContext): Promise<RefreshTokenPayload> {
    const result = await this.auth.refresh(ctx, refreshToken);
    return result.ok ? { ...result.value, errors: [] } : { errors: result.errors };
  }
}
